"""Visits and stays as the event_type rules read them: a CPC delegation's visit to the LAC country,
a LAC delegation's stay in China, and whether the page tells either as its news or as the setting
of something else (a meeting, a gathering attended on the way, a study tour).

Apart from the rules because a visit is read the same way wherever it stands (in the headline, the
lead or the text; for rule 4 and for the passages' blanking, which asks whether the page is a tour
abroad), and the country-filled patterns are built once a country (``lru_cache``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.dateline_country import dateline_country


def abroad_pattern(release: Release) -> re.Pattern[str]:
    entry = release.gazetteer.country(release.country_id) if release.country_id else None
    names = tuple(entry.all_names("en")[:6] + entry.names["zh"]) if entry else ()
    return _abroad_for(names)


@lru_cache(maxsize=128)
def _visit_to_for(country_names: tuple[str, ...]) -> re.Pattern[str]:
    country_words = "(?:" + "|".join(re.escape(n) for n in country_names) + ")" if country_names else "(?!x)x"
    return re.compile(cues.source("visit_to_country", country=country_words), re.I)


def tour_abroad(release: Release, passages: list[tuple[str, str, int]]) -> bool:
    """Is the page about a visit to the LAC country itself (its dateline there, or the title or
    lead saying so)? Then companies and villages toured are sights of that visit: a field trip is
    a foreign delegation touring China (codebook rule 2). A tour of several LAC countries (a
    multilateral page, 访问墨西哥、哥伦比亚和厄瓜多尔) is such a visit to each country the title
    or lead names."""
    dateline = dateline_country(release)
    if dateline is not None and dateline not in ("CN", "other"):
        return True
    ids = [release.country_id] if release.country_id else []
    ids += [i for m in release.of(LAC_COUNTRY, zones=("title", "lead")) for i in m.ids]
    for country_id in dict.fromkeys(ids):
        entry = release.gazetteer.country(country_id)
        if entry is None:
            continue
        visit = _visit_to_for(tuple(entry.all_names("en")[:6] + entry.names["zh"]))
        if any(visit.search(text) for _, text, _ in passages[:2]):
            return True
    return False


@lru_cache(maxsize=128)
def _abroad_for(country_names: tuple[str, ...]) -> re.Pattern[str]:
    """The delegation-abroad cue with the release's country names filled in (one per country)."""
    country_words = "(?:" + "|".join(re.escape(n) for n in country_names) + ")" if country_names else "(?!x)x"
    return re.compile(cues.source("delegation_abroad", country=country_words), re.I)


def stay_in_china(text: str) -> re.Match[str] | None:
    """A LAC delegation's stay in China told as the news ("visited China from June 5 to 12", 访华),
    not as the setting of something else ("a delegation visiting China met …", "X, who is on a visit
    to China, met …") or a plan ("to invite leaders to visit China")."""
    for match in cues.pattern("delegation_received").finditer(text):
        if match.group().lower().startswith(("visiting", "to visit")):
            continue
        if RELATIVE_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue
        return match
    return None


# a relative clause opening right before a stay in China: "who is on a visit to China", "which was
# paying a visit to China" name the setting of what the sentence reports
RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?$", re.I)


# A visit named in a relative clause as the setting of what the sentence reports ("a delegation,
# which is visiting Cuba, met …", "who is on a visit to Cuba"): the visit is not the exchange
# (rule 4). "During its visit, the delegation met A, B and C" still reports the visit as a whole.
SETTING_BEFORE = re.compile(
    r"\b(?:which|who|that)\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?"
    r"(?:(?:on|paying)\s+an?\s+(?:[a-z]+\s+)?)?$", re.I)


# A visit told as the setting of the meeting its sentence reports: by a bare participle ("a CPC
# delegation visiting Chile at the invitation of … met with …", "a delegation currently visiting
# Argentina met …", "Song Tao, leading a CPC delegation to Cuba, met …"), a phrase ("a delegation on
# a visit to Cuba met …") or a relative clause after the delegation ("a CPC delegation, which is
# visiting Cuba, met …", "…, which arrived in Havana on Sunday, held talks …"), as "which is
# visiting" before the match is. "Was visiting", "was on a visit", "led a delegation" (finite verbs)
# or a sentence reporting no meeting ("… visiting Cuba toured Matanzas") still report the visit.
VISIT_VERB = re.compile(r"\b(?:visit(?:ed|s|ing)?|arrived|toured|leading|heading)\b", re.I)
PARTICIPLES = frozenset({"visiting", "leading", "heading"})
AUXILIARY_BEFORE = re.compile(r"\b(?:is|was|are|were|been|be)\s+(?:currently\s+|now\s+|also\s+)?$", re.I)
DELEGATION_BEFORE = re.compile(r"\bdelegation\b[^.;]*$", re.I)
ON_A_VISIT_BEFORE = re.compile(r"\bon\s+an?\s+(?:[a-z]+\s+)?$", re.I)
RELATIVE_ARRIVAL_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?$", re.I)


def _setting_of_meeting(text: str, match: re.Match[str]) -> bool:
    """Is the visit of this match told as the setting of a meeting its sentence reports ("a
    delegation, visiting Chile, met …", "X, leading a CPC delegation, met …", "a delegation, which
    arrived on Sunday, held talks …")?"""
    _, right = sentence_at(text, match.start())
    if cues.pattern("meeting").search(text, match.end(), right) is None:
        return False  # the sentence reports no meeting after the visit: the visit is its news
    verbs = list(VISIT_VERB.finditer(text, match.start(), match.end()))
    verb = verbs[-1] if verbs else None
    at = verb.start() if verb else match.start()
    before = text[max(0, at - 80):at]
    word = verb.group().lower() if verb else ""
    if SETTING_BEFORE.search(before) or (word == "arrived" and RELATIVE_ARRIVAL_BEFORE.search(before)):
        return True
    if word == "visit" and ON_A_VISIT_BEFORE.search(before):
        phrase = ON_A_VISIT_BEFORE.search(before)
        return not AUXILIARY_BEFORE.search(before[:phrase.start()])
    if word not in PARTICIPLES or AUXILIARY_BEFORE.search(before):
        return False
    # "visiting Cuba" is the delegation's participle only with a delegation named before it
    return word != "visiting" or DELEGATION_BEFORE.search(before) is not None


def visit_not_setting(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first visit the text reports as such, not as the setting of something else (a relative
    clause "which is visiting Cuba", a bare participle "a delegation visiting Cuba met …")."""
    for match in pattern.finditer(text):
        if SETTING_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue
        if _setting_of_meeting(text, match):
            continue
        return match
    return None


# a visit named as the setting of the headline's news ("… While Visiting Brazil", "During His Visit to
# Brazil", 在访问巴西期间出席…): the news is what happened there, not the visit
VISIT_SETTING_BEFORE = re.compile(r"\b(?:during|while|when|amid)\s+(?:(?:his|her|its|their|a|an|the)\s+)?"
                                  r"(?:[a-z]+\s+)?$", re.I)
VISIT_SETTING_AFTER_ZH = re.compile(r"^[^，。,]{0,12}?(?:期间|期間|之际|之際)")


def visit_announced(title: str) -> bool:
    """Does a headline name a visit as its own news ("Xi Jinping to Attend G20 Summit and Visit
    Brazil", 王毅将访问巴西并出席…), not as the setting of something else?"""
    for match in cues.pattern("visit_headline").finditer(title):
        if VISIT_SETTING_BEFORE.search(title[max(0, match.start() - 30):match.start()]):
            continue
        if VISIT_SETTING_AFTER_ZH.search(title[match.end():]):
            continue
        return True
    return False


# a gathering a visiting delegation attends or holds as one stop of its visit ("visited Chile, met …
# and attended a seminar", "met … , held a seminar with scholars and visited a company",
# 访问智利，会见…，并出席…研讨会, 并同智方举行研讨会)
ATTENDED_ON_VISIT = frozenset({"seminar", "forum", "dialogue"})
ATTEND_BEFORE = re.compile(r"(?:出席|参加|与会|举行|举办|召开|attend(?:s|ed|ing)?|took part in|join(?:s|ed)?|"
                           r"held|hosted|co-hosted|convened)[^。.]{0,40}$", re.I)


def attended_on_the_visit(passages: list[tuple[str, str, int]], abroad: re.Pattern[str],
                           found: tuple[str, re.Match[str]]) -> bool:
    """Rule 4 for a page headlined on a visit (中共代表团访问智利, 古共代表团访华): when the lead
    reports the visit first and a seminar, forum or dialogue after it as a gathering the delegation
    attended or held on the way (并出席…研讨会, "held a seminar with scholars"), the page reports the
    visit as a whole (several meetings), not the report of that gathering (rule 1). A briefing the
    delegation holds stays the briefing (the CPC side presenting is what such a trip is for), and so
    does a lead that opens with the gathering."""
    title, lead = passages[0][1], passages[1][1]
    kind, event = found
    if kind not in ATTENDED_ON_VISIT:
        return False
    if not (visit_not_setting(abroad, title) or cues.pattern("delegation_received").search(title)):
        return False
    visit = visit_not_setting(abroad, lead) or stay_in_china(lead)
    if visit is None or visit.end() > event.start():
        return False
    return bool(ATTEND_BEFORE.search(lead, visit.end(), event.start()))


# words right after a stay in China that name the stay itself a study tour (来华考察, 赴华参观考察,
# 來華進行考察, "visits China on a study tour"): the delegation came to tour, so the page is that
# field trip (rule 2 before rule 4), not a stay that also toured provinces
STAY_FOR_TOUR = re.compile(r"(?:进行|進行|开展|開展)?(?:参观|參觀)?(?:考察|参访|參訪)|"
                           r"\s+(?:on|for)\s+(?:an?\s+)?(?:study\s+(?:tour|visit|trip)|field\s+trip)", re.I)


# a delegation named for touring right before its stay (干部考察团结束访华, "a study delegation of … visits
# China"): the stay it makes is the study tour it was formed for
TOUR_DELEGATION_BEFORE = re.compile(r"(?:考察团|考察團|研修团|研修團)[^。，,；;]{0,8}$|"
                                    r"\bstudy (?:delegation|group|mission)\b[^.,;]{0,40}$", re.I)
TOUR_DELEGATION_REACH = 60


def stay_as_tour(text: str, stay: re.Match[str] | None) -> bool:
    """Is the stay in China at ``stay`` told as a study tour (来华考察, "visit China on a study tour"),
    or made by a delegation named for one (考察团…访华)?"""
    if stay is None:
        return False
    return STAY_FOR_TOUR.match(text, stay.end()) is not None or TOUR_DELEGATION_BEFORE.search(
        text, max(0, stay.start() - TOUR_DELEGATION_REACH), stay.start()) is not None


def stay_leads(passages: list[tuple[str, str, int]]) -> bool:
    """Under a headline that names no field trip, the lead reports a LAC delegation's stay in China
    before any tour ("A delegation visited China from July 1 to 8, meeting officials in Beijing and
    touring Sichuan"): the page is that stay as a whole, the provinces toured included (rule 4), as
    under a headline naming the stay."""
    trip = cues.pattern("idcpc.field_trip")
    if trip.search(passages[0][1]):
        return False
    lead = passages[1][1]
    stay = stay_in_china(lead)
    if stay_as_tour(lead, stay):
        return False
    first_tour = trip.search(lead)
    return stay is not None and (first_tour is None or stay.start() < first_tour.start())


# "visited Uruguay and met …", "Visits Cuba, Meets …", 访问古巴并会见…: the meeting joined to the visit;
# Chinese headlines also part their clauses with a space alone (中共代表团访尼加拉瓜　会晤桑定阵线)
VISIT_AND_MEETING = re.compile(r"^(?:\s*(?:,?\s*and\s+|,\s*|[并並，、]\s*)(?:also\s+|还|還)?|[ \u3000]+)$",
                               re.I)


def visit_then_meeting(release: Release, title: str,
                        meeting: re.Match[str] | None) -> re.Match[str] | None:
    """A headline that names the visit to the LAC country (or its capital) first and a meeting joined to
    it ("CPC Delegation Visits Uruguay and Meets Broad Front Leaders", 中共代表团访问古巴并会见…) reports
    the visit as a whole, the meeting as one of its parts: rule 4's "headline is one meeting" is a
    headline whose news is that meeting ("X meets Y", also during a visit)."""
    if meeting is None or release.country_id is None:
        return None
    entry = release.gazetteer.country(release.country_id)
    if entry is None:
        return None
    # the country or its capital: arriving in Managua is arriving in Nicaragua (抵达马那瓜并会见…)
    names = tuple(entry.all_names("en")[:6] + entry.names["zh"] + entry.capitals.get("en", [])
                  + entry.capitals.get("zh", []))
    visit = _visit_to_for(names).search(title, 0, meeting.start())
    if visit is None or VISIT_SETTING_BEFORE.search(title[max(0, visit.start() - 30):visit.start()]):
        return None
    return visit if VISIT_AND_MEETING.match(title[visit.end():meeting.start()]) else None
