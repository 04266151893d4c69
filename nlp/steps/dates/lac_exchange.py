"""On a party page that reports two exchanges, the day of the one with LAC actors.

An IDCPC page often reports an official's day: a meeting with an Asian party in the morning and one
with a Latin American party in the afternoon, a meeting on the 8th and another on the 9th, an
Argentine delegation yesterday and a Chilean one today. Codebook ("One page, one record"): the record
is the exchange the headline reports, and a party page is coded only for an exchange with LAC actors
(``relevant``). So when the day chosen first is that of a sentence reporting an exchange with no LAC
actor in it — or, under a headline naming one LAC country, with none of that country's — and a later
sentence of the lead or the paragraph after it reports an exchange of the page's kind with them, its
day is the record's.

Both sentences must report an exchange (a meeting word, or the page type's own word: a seminar, a
forum), so a sentence that only tells more of the same exchange ("On May 6, the Cuban guests toured
the Party School") never moves the day.
"""

from __future__ import annotations

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.country.region_names import region_patterns
from nlp.steps.dates.candidates import Found
from nlp.steps.dates.exchange import EXCHANGE_WORDS, headline_countries
from nlp.topic_clauses import in_what_was_said

MEETING_WORDS = ("headline_meeting", "mfa.meeting", "mfa.talks")
# the page type's own word: a meeting's, a call's, a message's (``EXCHANGE_WORDS``) or a gathering's
OWN_WORDS = {**EXCHANGE_WORDS, **{kind: (f"idcpc.{kind}",) for kind in
                                  ("training_course", "seminar", "forum", "dialogue", "field_trip")}}
SKIPPED_KINDS = frozenset({"report", "next_day"})


def lac_exchange_day(release: Release, chosen: Found, candidates: list[Found]) -> Found | None:
    """The day of the first later sentence that reports an exchange of the page's kind with the
    headline's LAC actors, when ``chosen``'s sentence reports another exchange without them."""
    kind = release.record.event_type or ""
    if release.is_mfa or not kind:
        return None
    text = release.layout.clean
    own_words = OWN_WORDS.get(kind)
    if own_words is None:
        return None
    codes = headline_countries(release) | {m.entry.country for m in release.mentions
                                           if m.where == "title" and m.label in (LAC_PARTY, LAC_ORG)
                                           and getattr(m.entry, "country", None)}
    wanted = codes if len(codes) == 1 else set()
    left, right = sentence_at(text, chosen.start)
    if _names_lac(release, left, right, wanted) or not _says(text, left, right, MEETING_WORDS + own_words):
        return None
    for found in candidates:
        if (found.start <= chosen.start or found.future or found.kind in SKIPPED_KINDS
                or found.day < chosen.day or (release.anchor and found.day > release.anchor)
                or in_what_was_said(text, found.start)):
            continue
        left, right = sentence_at(text, found.start)
        if _says(text, left, right, own_words) and _names_lac(release, left, right, wanted):
            return found
    return None


def _says(text: str, left: int, right: int, words: tuple[str, ...]) -> bool:
    return any(cues.pattern(cue).search(text, left, right) for cue in words)


def _names_lac(release: Release, left: int, right: int, wanted: set[str]) -> bool:
    """Does the sentence name a LAC actor (of the ``wanted`` countries, when given): a country, a
    party or an organisation of one, or — with no country wanted — the region's actors?"""
    for m in release.mentions:
        if m.where != "text" or not left <= m.start < right:
            continue
        if m.label == LAC_COUNTRY and (not wanted or wanted & set(m.ids)):
            return True
        if m.label in (LAC_PARTY, LAC_ORG) and (not wanted or getattr(m.entry, "country", None) in wanted):
            return True
    if wanted:
        return False
    sentence = release.layout.clean[left:right]
    return any(p.search(sentence) for p in region_patterns(release))
