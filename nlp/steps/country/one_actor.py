"""The region named for one actor of it ("a Latin American party", 拉美一政党), or a headline's
regional group the lead gives as one country's parties or one party's delegation: the codebook's
multilateral side is a regional body or actors of several countries, so one actor is its own
country's.
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.country.mentions import country_of
from nlp.steps.country.region_names import region_patterns

# One actor of the region, not a group: "a Latin American party", "an official from Latin America",
# 一封来自拉美的贺信, 拉美一政党. The codebook's multilateral side is a regional body or actors of two or
# more countries; one party of the region is of its own country, which the page names. ("A Latin
# American party delegation" is a delegation, as a rule of several parties: still a group.)
# (one word may qualify the one actor: "a former Latin American leader", "a fraternal Caribbean party";
# "and his delegation" after it adds the actor's own company, not a second kind of actor)
ONE_ACTOR_BEFORE_EN = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+)?$", re.I)
ONE_ACTOR_AFTER_EN = re.compile(r"^\s+(?:\w+\s+)?(?:political\s+)?(?:party|leader|politician|organi[sz]ation|"
                                r"friend|guest|official)\b(?!\s+(?:and(?!\s+(?:his|her|its|their)\b)|or|&|cadres|"
                                r"leaders|members|"
                                r"delegations?|groups?|teams?|officials|representatives|figures|activists|"
                                r"study|training|seminar|forum|conference|dialogue|meeting)\b)", re.I)
ONE_ACTOR_FROM_EN = re.compile(r"\b(?:a|an|one)\s+(?:\w+\s+)?(?:political\s+)?(?:party|leader|politician|"
                               r"organi[sz]ation|letter|message)\s+from\s+(?:the\s+)?$", re.I)
# ... unless a group follows the region: "a letter from Latin American parties", 一封来自拉美各国政党的信
GROUP_AFTER_EN = re.compile(r"^(?:\s+and(?:\s+the)?\s+Caribbean)?\s+(?:\w+\s+){0,2}?(?:parties|leaders|"
                            r"countries|states|nations|organi[sz]ations|politicians|friends|governments|"
                            r"delegations|officials|members|peoples|forces|movements)\b", re.I)
GROUP_AFTER_ZH = re.compile(r"(?:和加勒比|及加勒比)?(?:地区)?(?:各|多|\d|一些|国家|國家|"
                            r"[^，。]{0,6}?(?:代表团|代表團|考察团|考察團|访华团|訪華團|"
                            r"研修班|培训班|培訓班|干部|幹部))")
ONE_ACTOR_ZH = re.compile(r"一(?:封|位|个|個|名|家|份)(?:来自|來自)?$")
ONE_ACTOR_AFTER_ZH = re.compile(r"一(?:个|個|家)?(?:左翼)?政党")
# A headline's "<region> party delegation" over a lead that names one country's party as the guest
# ("a delegation of the Jamaica Labour Party", "Denzil Douglas, leader of the … Labour Party"): the
# delegation is that party's
PARTY_DELEGATION_AFTER_EN = re.compile(r"^\s+(?:political\s+)?party\s+delegation\b(?!s)", re.I)
# ... also where the lead names the region's "party delegation" again but gives as its head an officer
# of that one party ("met with a Caribbean party delegation led by the general secretary of the
# Grenada National Democratic Congress"): the party whose officer leads it is the delegation's
PARTY_DELEGATION_LED_EN = re.compile(r"^\s+(?:political\s+)?party\s+delegation\s+"
                                     r"(?:(?:which|that)\s+(?:is|was)\s+)?(?:led|headed)\s+by\b", re.I)


def _one_partys_delegation(release: Release) -> bool:
    """Does the lead name parties of one country only, and not the region's delegation again ("met a
    Latin American party delegation" keeps the group, as does one "that included cadres of" a party)
    unless as one "led by" that party's officer? Then a headline's "Caribbean party delegation" is
    that party's, not a group of the region's parties."""
    lead = release.lead()
    if any(not PARTY_DELEGATION_LED_EN.match(lead[match.end():])
           for pattern in region_patterns(release) for match in pattern.finditer(lead)):
        return False
    named = [m for m in release.of(LAC_PARTY, zones=("lead",)) if m.where == "text"]
    return len({country_of(m) for m in named}) == 1


# The lead naming the headline's group as one country's: "political parties of Mexico", "parties from
# Chile", "Mexico's parties", "Mexican political parties", 墨西哥各政党 (read at a country's mention)
ONE_COUNTRY_GROUP_BEFORE_EN = re.compile(r"\b(?:political\s+)?(?:parties|party\s+leaders|politicians)\s+"
                                         r"(?:of|from|in)\s+(?:the\s+)?$", re.I)
ONE_COUNTRY_GROUP_AFTER_EN = re.compile(r"^(?:['’]s)?\s+(?:\w+\s+)?(?:political\s+)?"
                                        r"(?:parties|party\s+leaders|politicians)\b", re.I)
ONE_COUNTRY_GROUP_AFTER_ZH = re.compile(r"^(?:的)?(?:各|主要|多个|多個)?(?:政党|政黨)")


def _lead_names_one_countrys_group(release: Release) -> bool:
    """Does the lead name the page's counterparts as the parties of one LAC country ("a briefing for
    political parties of Mexico, including the PRI and MORENA") and no actor of another LAC country
    nor the region? Then a headline's "Latin American parties" describes that country's parties by
    their region (an agency's headline word), and the exchange is with one country's actors (codebook,
    country: multilateral is actors of two or more LAC countries or a regional body)."""
    lead_start = release.layout.lead_start
    lead = release.lead()
    if any(pattern.search(lead) for pattern in region_patterns(release)):
        return False
    named = [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("lead",)) if m.where == "text"]
    if len({country_of(m) for m in named}) != 1:
        return False
    text = release.layout.clean
    for m in named:
        if m.label != LAC_COUNTRY:
            continue
        if release.zh:
            if ONE_COUNTRY_GROUP_AFTER_ZH.match(text, m.end):
                return True
        elif (ONE_COUNTRY_GROUP_BEFORE_EN.search(text, max(lead_start, m.start - 40), m.start)
              or ONE_COUNTRY_GROUP_AFTER_EN.match(text[m.end:m.end + 40])):
            return True
    return False


# The sentence after the lead that says who the guests of the headline were: it names them as the
# group ("The guests, a delegation of …", "The delegation, of …", 客人是…, 代表团由…率领, 该团由…组成) ...
GUESTS_SENTENCE = re.compile(r"\b(?:guests?|visitors?|delegation|group)\b|"
                             r"客人|來賓|来宾|代表团|代表團|该团|該團|考察团|考察團", re.I)
# ... and not as a sample of it ("among them", "including", 包括, 其中)
SAMPLE_OF_GROUP = re.compile(r"\b(?:including|among\s+them|such\s+as|among\s+whom)\b|包括|其中|等", re.I)


def _body_names_one_countrys_guests(release: Release) -> bool:
    """Does a party page whose title and lead name the guests only by their region ("Liu Jianchao
    Meets Latin American Guests", 拉美政党代表团访华, "met a delegation from South America") say in
    its next sentences who they were, as one country's actors ("The guests, a delegation of the
    Workers' Party of Brazil, …")? Then the region describes one country's delegation: multilateral is
    actors of two or more LAC countries or a regional body (codebook, country). Not when the title or
    lead names a LAC actor, nor when the early body names actors of a second country or gives the
    named ones as some of the group ("among them")."""
    if "one_countrys_guests" in release.extra:
        return release.extra["one_countrys_guests"]
    release.extra["one_countrys_guests"] = False
    if release.is_mfa or release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("title", "lead")):
        return False
    body = [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("early",))
            if m.where == "text" and m.start >= release.layout.lead_end]
    if not body or len({country_of(m) for m in body}) != 1:
        return False
    text = release.layout.clean
    start, end = sentence_at(text, body[0].start)
    one = bool(GUESTS_SENTENCE.search(text, start, end) and not SAMPLE_OF_GROUP.search(text, start, end))
    release.extra["one_countrys_guests"] = one
    return one


# the region's countries or parties named as many ("Latin American parties", 拉美各国, 拉美多国政党)
MANY_AFTER_ZH = re.compile(r"(?:和加勒比|及加勒比)?(?:地区|地區)?(?:各|多|\d|一些|国家|國家)")


def _many_after(release: Release, text: str, match: re.Match[str]) -> bool:
    """Does the region name its actors as many (``GROUP_AFTER_EN``: "Latin American parties", "leaders
    of the region's countries"; 拉美各国)? Such a group is several countries' even where the body names
    one of them: only the region's guests or delegation may turn out to be one country's."""
    if release.zh:
        return bool(MANY_AFTER_ZH.match(text, match.end()))
    return bool(GROUP_AFTER_EN.match(text[match.end():]))


def stands_for_one_actor(release: Release, text: str, match: re.Match[str]) -> bool:
    """Does the region named here stand for one actor of it (``ONE_ACTOR_*``), or, in the headline,
    for one country's parties the lead names as such (``_lead_names_one_countrys_group``), or, in the
    title or lead, for guests the early body names as one country's (``_body_names_one_countrys_guests``)?"""
    if text is release.title and _lead_names_one_countrys_group(release):
        return True
    if (text is release.title or text == release.lead()) and not _many_after(release, text, match) \
            and _body_names_one_countrys_guests(release):
        return True
    before = text[max(0, match.start() - 40):match.start()]
    delegation = (PARTY_DELEGATION_AFTER_EN if text is release.title else PARTY_DELEGATION_LED_EN).match(
        text[match.end():])
    if not release.zh and delegation and _one_partys_delegation(release):
        return True
    if release.zh:
        if GROUP_AFTER_ZH.match(text, match.end()):
            return False
        return bool(ONE_ACTOR_ZH.search(before) or ONE_ACTOR_AFTER_ZH.match(text, match.end()))
    if GROUP_AFTER_EN.match(text[match.end():]):
        return False
    if ONE_ACTOR_FROM_EN.search(before):
        return True
    # a headline drops its articles: "Latin American Party Sends Letter to IDCPC" is one party
    one = text is release.title or ONE_ACTOR_BEFORE_EN.search(before)
    return bool(one and ONE_ACTOR_AFTER_EN.match(text[match.end():]))
