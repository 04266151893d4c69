"""The two sides named as a pair of parties in Chinese: 中古两党 ("the Chinese and Cuban parties").

A Chinese page often names the exchange's two parties only by the pair of their countries' short
forms with 两党 ("the two parties"): 中古两党理论研讨会, 古中两党关系. The pair names the CPC and
the party of the other country. Where that country is a socialist state its party is one and
known (the gazetteer's ``socialist_state`` basis, the codebook's "ruling party of a socialist
state"), so the pair names it as plainly as its full name would; elsewhere a country has many
parties and the pair leaves open which one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp.gazetteer import Party
from nlp.release import Release
from nlp.schema import MULTILATERAL, Span
from nlp.steps.mechanism import socialist_state_parties


@lru_cache(maxsize=64)
def _pair_pattern(short_zh: str) -> re.Pattern[str]:
    x = re.escape(short_zh)
    return re.compile(rf"(?:中{x}|{x}中)(?:两|兩)(?:党|黨)")


def _current(party: Party, release: Release) -> bool:
    """Was the party the state's party when the page was printed (its predecessors were not)?"""
    if release.anchor is not None:
        return party.valid_in(release.anchor.year)
    return party.renamed_to is None and party.merged_into is None


def pair_named_zh(release: Release) -> bool:
    """Does a Chinese page's title or lead name the two sides as the pair of parties of China and
    the page's LAC country (中古两党, 古中两党)? The pair's 中 is the CPC, so the page names the CPC
    as a side whichever party the other half is (relevance needs only that)."""
    if not release.zh or not release.country_id or release.record.country in (None, MULTILATERAL):
        return False
    country = release.gazetteer.country(release.country_id)
    if country is None or not country.short_zh:
        return False
    pattern = _pair_pattern(country.short_zh)
    return bool(pattern.search(release.title or "") or pattern.search(release.lead()))


def two_parties_zh(release: Release) -> tuple[Span, Party] | None:
    """The socialist state's party a bilateral Chinese page names as one of 中X两党 in its title or
    lead, with where the pair stands; None when the page is not such a page."""
    record = release.record
    if not release.zh or not release.country_id or record.country in (None, MULTILATERAL):
        return None
    gaz = release.gazetteer
    country = gaz.country(release.country_id)
    if country is None or not country.short_zh:
        return None
    ruling = [gaz.get(p) for p in socialist_state_parties(release)]
    ruling = [p for p in ruling if isinstance(p, Party) and p.country == release.country_id
              and _current(p, release)]
    if len(ruling) != 1:
        return None
    pattern = _pair_pattern(country.short_zh)
    lead_start = release.layout.lead_start
    for where, text, offset in (("title", release.title or "", 0), ("text", release.lead(), lead_start)):
        match = pattern.search(text)
        if match:
            return Span(offset + match.start(), offset + match.end(), match.group(), where), ruling[0]
    return None
