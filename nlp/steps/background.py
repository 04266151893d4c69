"""Sentences of a lead that are the page's background, not its report.

Some party pages open with a sentence on the relationship at large ("中国共产党同拉美和加勒比地区政党的
交往日益密切", "The CPC attaches great importance to its ties with parties in Latin America and the
Caribbean", an editor's note introducing a series on the CPC's exchanges with Latin American parties)
and report their exchange in the next sentence ("5月9日，宋涛会见乌拉圭广泛阵线…"). The region such an
opening names is the setting of every exchange, not the actors of this one: the codebook's country
is the one "whose actors take part" in the exchange the page reports, and a region named as a topic
or setting is no counterpart. A sentence is background when it names no day (a report says when)
and no exchange of any format (a meeting, a visit, a course, a message, the praise of parties
abroad); its region is dropped when the page names a counterpart in a sentence that reports an
exchange with its day: a LAC actor, or a party or country from elsewhere (then the page reports no
exchange with LAC).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from nlp import cues
from nlp.dates import DAY_EN_ORDINAL, DAY_ZH, MONTH_DAY_EN, TODAY, WEEKDAY_EN, WEEKDAY_ZH
from nlp.release import Mention, Release
from nlp.schema import Span
from nlp.sentences import sentence_at

# The formats of an exchange (codebook, event_type): a sentence naming one of them reports an exchange.
EXCHANGE_CUES = ("idcpc.training_course", "idcpc.seminar", "idcpc.briefing", "idcpc.forum", "idcpc.dialogue",
                 "idcpc.field_trip", "idcpc.video_call", "idcpc.phone_call", "idcpc.message", "meeting",
                 "delegation_received", "delegation_abroad", "exchange_mention", "gathering_held",
                 "attend_event", "praise_of_cpc", "cpc_presents")
DAYS = (MONTH_DAY_EN, DAY_ZH, DAY_EN_ORDINAL, WEEKDAY_EN, WEEKDAY_ZH, TODAY)


@lru_cache(maxsize=1)
def _exchange_patterns() -> tuple:
    return tuple(cues.pattern(name) for name in EXCHANGE_CUES)


def gives_day(text: str) -> bool:
    return any(pattern.search(text) for pattern in DAYS)


def is_background(text: str) -> bool:
    """Does ``text`` (a sentence) name neither a day nor an exchange of any format?"""
    return not gives_day(text) and not any(pattern.search(text) for pattern in _exchange_patterns())


class _SentenceJudge:
    """``test`` of the sentence around an offset, computed once per sentence: many mentions share
    one sentence (a roundup's list, a run of names with no full stop), and testing the whole sentence
    again for each of them made a page of 2,000 names take seconds, of 12,000 minutes."""

    def __init__(self, release: Release, test: Callable[[str], bool]) -> None:
        self.clean = release.layout.clean
        self.test = test
        self.known: dict[tuple[int, int], bool] = {}

    def __call__(self, at: int) -> bool:
        bounds = sentence_at(self.clean, at)
        if bounds not in self.known:
            self.known[bounds] = self.test(self.clean[bounds[0]:bounds[1]])
        return self.known[bounds]


def background_cues(release: Release, regional: list[Span], counterparts: list[Mention]) -> list[Span]:
    """The regional cues of the text that stand in a background sentence, when one of the
    ``counterparts`` (the actors the text names: LAC ones, or parties and countries from elsewhere)
    stands in a sentence that reports an exchange with its day."""
    reports, background = _SentenceJudge(release, _reports), _SentenceJudge(release, is_background)
    if not any(m.where == "text" and reports(m.start) for m in counterparts):
        return []
    return [span for span in regional if span.where == "text" and background(span.start)]


def _reports(sentence: str) -> bool:
    """Does a sentence report an exchange (a day, and a format or a word of exchange)?"""
    return gives_day(sentence) and any(pattern.search(sentence) for pattern in _exchange_patterns())


def background_mentions(release: Release, mentions: list[Mention],
                        country_of: Callable[[Mention], str | None]) -> set[int]:
    """The ``mentions`` (as ``id``) of LAC countries the page names only in background sentences
    ("古巴是第一个同新中国建交的拉美国家。5月9日，宋涛会见委内瑞拉统一社会主义党代表团": Cuba is the
    setting), when another country's actor is named in a sentence that reports the exchange with its
    day. Such a country takes no part in the exchange (codebook, country)."""
    by_country: dict[str, list[Mention]] = {}
    for m in mentions:
        country = country_of(m)
        if country:
            by_country.setdefault(country, []).append(m)
    reports, background = _SentenceJudge(release, _reports), _SentenceJudge(release, is_background)
    setting = {c for c, found in by_country.items()
               if all(m.where == "text" and background(m.start) for m in found)}
    reported = {c for c, found in by_country.items()
                if any(m.where == "text" and reports(m.start) for m in found)}
    if not setting or not reported - setting:
        return set()
    return {id(m) for c in setting for m in by_country[c]}
