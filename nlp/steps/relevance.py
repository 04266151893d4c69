"""Relevance: does the release report an exchange with Latin American or Caribbean actors?

A release is relevant when a LAC actor — a country, party, organisation or LAC-wide platform —
is named in its title or lead, where a release says whom the exchange was with. A capital alone
("in Brasilia") is a venue, not a counterpart: a meeting with Russia's president in Brasilia is
not a LAC exchange. A LAC name
deep in the body (a speech's aside, a "related news" teaser, a meeting *held* in Rio with
someone else) does not make it relevant. Look-alikes ("Papua New Guinea", the Portuguese PSD,
Spanish parties) never count: the gazetteer resolves them away before this step.

For the IDCPC (party exchanges) the Chinese side must be the party: the page is the IDCPC's own
release (its site), or it names the CPC, its International Department, a party committee or a
party office (``party_side`` in ``nlp/gazetteer/cues.json``), or an official of one of the
party's departments on the page's day (the gazetteer's officials: "Song Tao met ..." on an agency copy), or,
on a Chinese copy, the two sides as a pair of parties (中古两党: the pair's 中 is the CPC). A LAC
party meeting a Vietnamese one, Cuban May Day rallies, or the
head of state's letter to a state summit are not party exchanges. A headline that is an interview,
or an activity of an embassy, a consulate or an ambassador, reports no exchange of the CPC or of
a state leader (codebook, Who counts: an exchange led only by an ambassador is not one).

For the foreign ministry the counterpart must also be on the Chinese state's side of a
relationship: a press-conference transcript about East Asia that mentions BRICS is not, and a
page that names no Chinese side at all (two LAC presidents meeting each other) is not either. A
regular press conference transcript is no exchange report, even when one answer is about Cuba:
the exchange is coded from the release that reports it; only an announcement of a LAC visit read
out before the first question, or an answer relaying a leader's message to a LAC principal, makes
the transcript that exchange's page (``press_conference``).

Where each reading lives: this module weighs the LAC actors and sets the field; the gates it tries
first (``GATES``, in order) are read in their own modules: pages that report no exchange at all
(``relevance_no_exchange``), the Chinese state's side and its principals (``relevance_state_side``),
an ambassador or an official below vice minister as China's side
(``relevance_below_vice_minister``), the CPC side of a party page (``relevance_party_side``), LAC
names that are only topics or another exchange's (``relevance_topics``), and a LAC actor's exchange
the CPC is no side of (``relevance_without_cpc``).
"""

from __future__ import annotations

from collections.abc import Callable

from nlp import cues
from nlp.release import Release
from nlp.schema import MULTILATERAL, Span
from nlp.steps.relevance_below_vice_minister import below_vice_minister_only
from nlp.steps.relevance_no_exchange import (
    chinese_counterpart_headline,
    not_exchange_headline,
    press_conference,
    words_to_the_media_only,
)
from nlp.steps.relevance_party_side import ambassador_side_only, no_chinese_side, party_side, state_side_only
from nlp.steps.relevance_state_side import (
    chinese_side_named,
    local_side_only,
    no_chinese_side_in_focus,
    no_state_principal,
    spouse_side_only,
    taipei_side_headline,
    third_state_headline,
)
from nlp.steps.relevance_topics import (
    countries_only_as_topics,
    headline_outside_lac,
    lac_only_in_recalled,
    lac_only_said_after_outside_counterpart,
)
from nlp.steps.relevance_without_cpc import lac_message_to_other_party, lac_with_a_third_party

NAME = "relevance"
MIN_FOCUS = 3.0  # one mention in the lead (3) or the title (4)
MIN_TEXT = 40  # characters: shorter is not a release
MIN_TEXT_ZH = 16  # a Chinese character says about as much as an English word
# A regular press conference transcript: many topics, answers to questions. Coders code the
# exchange from the release reporting it, not from a transcript that touches it (a briefing
# item titled on a LAC visit is another matter: it is judged like any release; so is a
# transcript opening with the announcement of a LAC visit, ``press_conference``).


def step(release: Release) -> None:
    record = release.record
    focus = release.extra.get("actor_scores", {})
    regional = release.extra.get("regional_cues", [])
    if len(release.layout.clean.strip()) + len(release.title) < (MIN_TEXT_ZH if release.zh else MIN_TEXT):
        record.relevant = False
        record.notes.append("no text to read")
        return
    for sources, fails, why in GATES:
        if sources in ("all", "mfa" if release.is_mfa else "idcpc") and fails(release):
            record.relevant = False
            record.notes.append(why)
            _clear(release)
            return
    strongest = max(focus.values(), default=0.0)
    record.relevant = bool(record.country) and (
        strongest >= MIN_FOCUS or bool(regional) or bool(release.extra.get("worldwide"))
        or bool(release.extra.get("body_counterparts")))
    if not record.relevant and release.is_mfa and _trip_to_region(release):
        return
    if not record.relevant:
        _clear(release)
        if release.extra.get("venues_only"):
            record.notes.append("LAC countries named only as the place of an exchange with another country")
        elif release.scores:
            record.notes.append("LAC names only outside the title and lead")
    elif "country" in record.evidence:
        record.evidence["relevant"] = list(record.evidence["country"])


def _trip_to_region(release: Release) -> bool:
    """A foreign-ministry page whose headline or lead names a trip to the region ("Wang Yi Briefs
    the Press on President Xi Jinping's Trip to Latin America", 王毅谈习近平主席拉美之行成果,
    ``trip_to_region``), the countries visited named only further down: the trip's hosts are LAC
    actors, so the page (a briefing on the trip, its results) is a LAC exchange. A trip to several
    LAC countries is multilateral (codebook, Who counts), and so is one whose stops the page does not
    name; a trip to one LAC country the page names is that country's, as the country step coded it.
    Sets the record when it applies."""
    record = release.record
    trip = cues.pattern("trip_to_region")
    spans = [Span(offset + m.start(), offset + m.end(), m.group(), where)
             for where, text, offset in (("title", release.title, 0),
                                         ("text", release.lead(), release.layout.lead_start))
             for m in trip.finditer(text)]
    if not spans:
        return False
    record.relevant = True
    if record.country is None or len(release.scores) >= 2:
        record.country = MULTILATERAL
        record.exchange_type = "multilateral"
        release.country_id = None
        record.evidence["country"] = spans[:1]
    record.evidence["relevant"] = spans[:1]
    record.notes.append("relevant: the headline or lead names a trip to Latin America")
    return True


def _clear(release: Release) -> None:
    """A release found not relevant has no country: nothing downstream codes it."""
    release.record.country = None
    release.record.exchange_type = None
    release.record.evidence.pop("country", None)
    release.country_id = None


def _no_chinese_side_named(release: Release) -> bool:
    return not chinese_side_named(release)


def _no_party_side(release: Release) -> bool:
    return not party_side(release)


# What makes a release not relevant before its LAC actors are weighed, in the order tried: (the
# sources a gate applies to, "all", "mfa" or "idcpc"; the test; the note the record gets)
GATES: tuple[tuple[str, Callable[[Release], bool], str], ...] = (
    ("all", press_conference, "a regular press conference transcript, not an exchange report"),
    ("all", not_exchange_headline, "the headline is an interview or an embassy's activity, not an exchange"),
    ("mfa", below_vice_minister_only,
     "the Chinese side named is an ambassador or an official below vice minister only"),
    ("mfa", _no_chinese_side_named,
     "no Chinese side named: LAC actors among themselves, not an exchange with China"),
    ("mfa", no_chinese_side_in_focus, "the title and lead name no Chinese side: the exchange they report "
     "is among others, China named only further down"),
    ("mfa", no_state_principal, "no Chinese state leader, minister or vice minister named: China only as a "
     "country (trade, aid, sport, a LAC election), not an exchange of a Chinese principal"),
    ("mfa", local_side_only, "the Chinese side named is a province's or a city's officials, no state "
     "leader, minister or vice minister named"),
    ("mfa", spouse_side_only, "the Chinese side named is a leader's spouse, no state leader, minister or "
     "vice minister in the headline"),
    ("mfa", third_state_headline, "a copy's headline reports a LAC actor's exchange with a state or body "
     "outside LAC and China, naming no Chinese side: not an exchange with China"),
    ("mfa", taipei_side_headline, "the headline's exchange is the Taiwan region's leader's or authorities', "
     "no Chinese official named: not an exchange with China"),
    ("all", chinese_counterpart_headline, "the headline's exchange is with Chinese people or inside a "
     "Chinese body; LAC names are where they were or what they discuss"),
    ("all", words_to_the_media_only, "the title and lead report only words given to the media, no exchange"),
    ("idcpc", state_side_only, "only the Chinese state's side named (foreign ministry, State Council), no "
     "CPC side: a state exchange, not a party exchange"),
    ("idcpc", _no_party_side, "no CPC side named: not a party exchange"),
    ("idcpc", no_chinese_side, "no Chinese side named at all (no CPC, official, China or place in China): "
     "a LAC actor's own affairs, not an exchange with the CPC"),
    ("idcpc", ambassador_side_only, "the only Chinese side named is an ambassador or an embassy, no CPC "
     "side: not a party exchange"),
    ("all", headline_outside_lac,
     "the headline's counterpart is outside LAC; LAC names in the text are topics"),
    ("idcpc", countries_only_as_topics, "LAC countries named only as what was discussed, with no meeting, "
     "visit or message reported: topics, not counterparts"),
    ("idcpc", lac_only_in_recalled, "LAC actors named only in a later sentence recalling an earlier "
     "exchange; the page's own exchange names none"),
    ("all", lac_only_said_after_outside_counterpart, "LAC countries named only in what was said or "
     "discussed after a lead sentence whose counterpart is outside LAC: topics, not counterparts"),
    ("idcpc", lac_with_a_third_party, "the headline reports a LAC actor's exchange with a party outside "
     "LAC, not with the CPC"),
    ("idcpc", lac_message_to_other_party, "the lead reports a LAC party's message to another party, not "
     "to the CPC"),
)
