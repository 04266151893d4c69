"""Pages that report no exchange at all, whatever LAC actors they name: a regular press conference
transcript (``press_conference``), a headline that is an interview or an embassy's activity or
that names only officials below vice minister (``not_exchange_headline``), a headline whose
exchange is with Chinese people or inside a Chinese body (``chinese_counterpart_headline``), a
title and lead that report only words given to the media (``words_to_the_media_only``).

Apart from the sides (``relevance_state_side``, ``relevance_party_side``) because these read what
kind of page the headline makes, before anyone asks who took part.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY, LAC_ORG, LAC_PARTY, PLATFORM
from nlp.release import Mention, Release
from nlp.steps.dates.visits import briefing
from nlp.steps.relevance_below_vice_minister import EMBASSY_WORDS
from nlp.steps.relevance_party_side import EXCHANGE_KINDS, party_official
from nlp.steps.relevance_state_side import CHINA_NAMED, principal_named
from nlp.transcripts import is_transcript


def press_conference(release: Release) -> bool:
    """A regular press conference transcript (``nlp.transcripts``, by its title) that does not open
    with the spokesperson's announcement of a LAC actor's visit.

    The transcript's headline is generic, so its record is the first exchange the page reports
    (One page, one record); its answers only comment on topics, but the announcements read out
    before the first question ("At the invitation of President Xi Jinping, President X of Peru will
    pay a state visit …", 应…邀请，…将对中国进行国事访问) report a visit as a ministry's announcement
    page does, and an announcement is that visit (codebook, event_type: announcement); an answer
    relaying a leader's message to a LAC principal reports the message. The layout makes that
    paragraph the lead (``nlp.transcripts``); one about someone else leaves the page a transcript."""
    if not is_transcript(release.title):
        return False
    lead = release.lead()  # the transcript's reporting paragraph (``nlp.transcripts``)
    reports = cues.pattern("invitation").search(lead) or cues.pattern("transcript_message").search(lead)
    return not (reports and release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM, zones=("lead",)))


# A special envoy or representative is a role, not a rank: a headline naming only the role
# (中国政府特别代表出席…) leaves the rank to the lead, and a lead that names a minister or vice minister
# in that role ("Vice Foreign Minister X, as the special representative", 外交部副部长X作为…特别代表)
# gives a principal who counts (Who counts (foreign ministry)); an assistant minister (部长助理) does not.
ENVOY_ROLE = re.compile(r"特别代表|特別代表|特使|[Ss]pecial\s+(?:[Rr]epresentative|[Ee]nvoy)")
MINISTER_AS_ENVOY = re.compile(
    r"(?:部长(?!助理)|部長(?!助理)|(?<!Assistant )(?<!Assistant Foreign )Minister|Premier|Vice\s+President|"
    r"State\s+Councilor)[^。；;.]{0,40}?"
    r"(?:作为|作為|\bas\b)[^。；;.]{0,24}?"
    r"(?:特别代表|特別代表|特使|[Ss]pecial\s+(?:[Rr]epresentative|[Ee]nvoy))")


def not_exchange_headline(release: Release) -> bool:
    """A headline (or, without one, the lead) that is an interview or an embassy's activity
    (``not_exchange_headline``) — an embassy's only when it names no CPC side of the exchange —
    or names only officials below vice minister when no party official is named
    (``below_vice_minister_headline``) and it is no briefing on a trip. On a party page the lead
    may say what the headline leaves out, that the ambassador acted for the CPC (``acting_for_cpc``:
    "On behalf of the CPC Central Committee, the ambassador attended …", 受中共中央委托): the CPC is
    then the side."""
    headline = (release.title or release.lead()).strip()
    found = cues.pattern("not_exchange_headline").search(headline)
    if found:
        # an ambassador who attends the CPC's own seminar or meeting is not its leader
        # (``cpc_side_in_headline``): Who counts excludes only an exchange he leads alone
        mission = EMBASSY_WORDS.search(found.group()) is not None
        return not (mission and (cues.pattern("cpc_side_in_headline").search(headline) or (
            not release.is_mfa and cues.pattern("acting_for_cpc").search(release.lead()))))
    below = cues.pattern("below_vice_minister_headline").search(headline)
    if below and ENVOY_ROLE.search(below.group()) and MINISTER_AS_ENVOY.search(release.lead()):
        return False  # the envoy of the headline is a minister or vice minister (``MINISTER_AS_ENVOY``)
    # an assistant minister's or a director-general's briefing on a trip ("Assistant Foreign
    # Minister Briefs on Premier's Visit") reports the trip, whose principal is the Chinese side;
    # the briefer no more leads it than a spokesperson does (codebook: a briefing on a trip is
    # ``other``, dated by the trip)
    return below is not None and not party_official(release) and not briefing(release)


def chinese_counterpart_headline(release: Release) -> bool:
    """Is the headline's exchange with Chinese people or inside a Chinese body
    (``chinese_counterpart_headline``: "Xi Meets Chinese Olympic Delegation Back from Rio", "IDCPC
    Consults Chinese Scholars on Latin American Politics", 外交部提醒在海地中国公民注意安全,
    省委常委会听取赴墨西哥访问情况汇报, a Chinese scholar's lecture: 中央党校学者讲授古巴革命史)?
    The LAC country after the group is where it was, what it studies or a trip it reports on: a
    place or a topic, no counterpart (codebook, relevant; country: a place is not an actor).

    Only when the headline's subject is Chinese (a Chinese official, the CPC side, an office of the
    Chinese state, China named before the match) and no LAC actor stands before it: "Cuban
    President Meets Chinese Sports Delegation", or "Party leaders meet Chinese team" on a LAC paper,
    has the LAC side as the subject of the exchange. On a state page such a headline ("Guyanese
    Health Minister Meets Chinese Medical Team") is still no exchange when the page names no
    Chinese principal (``principal_named``; Who counts: the Chinese side is a state leader, a
    minister or a vice minister)."""
    title = release.title
    found = cues.pattern("chinese_counterpart_headline").search(title)
    if found is None:
        return False
    before = title[:found.start()]
    if any(m.where == "title" and m.start < found.end() and not _place_in_match(title, found, m)
           for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)):
        return release.is_mfa and not principal_named(release)
    return (any(m.where == "title" and m.start < found.start() for m in release.of(CN_OFFICIAL))
            or CHINA_NAMED.search(before) is not None
            or cues.pattern("party_side").search(before) is not None
            or cues.pattern("state_side").search(before) is not None)


# a Chinese place word right before a country: where the group is (在海地, 赴墨西哥, 驻古巴, 援秘)
PLACE_BEFORE_ZH = frozenset("在赴驻援于自")


def _place_in_match(title: str, found: re.Match[str], m: Mention) -> bool:
    """Is a LAC name inside the matched headline words only the place of the Chinese group
    (提醒在海地中国公民)? Any other LAC name there is a counterpart met beside it
    (会见巴西企业家和中国企业家, 会见秘鲁卫生部长并看望中国医疗队)."""
    return m.start >= found.start() and m.start > 0 and title[m.start - 1] in PLACE_BEFORE_ZH


def words_to_the_media_only(release: Release) -> bool:
    """Do the title and lead report only words given to the media ("told Xinhua in a recent
    interview", 接受本报记者采访时表示, ``words_to_the_media``) and no exchange: no meeting, visit,
    call, message, course or other event (the event type's cues, ``idcpc.*``, ``mfa.*``)? A LAC
    party leader's praise of China told to a reporter is said to the media, not to the CPC or the
    Chinese state (codebook, ``relevant``: an exchange between the two sides)."""
    focus = release.focus_text()
    if not cues.pattern("words_to_the_media").search(focus):
        return False
    exchange = [pattern for group in ("idcpc", "mfa") for _, pattern in cues.rules(group)]
    exchange += [cues.pattern(kind) for kind in EXCHANGE_KINDS]
    return not any(pattern.search(focus) for pattern in exchange)
