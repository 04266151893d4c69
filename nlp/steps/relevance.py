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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from nlp import cues
from nlp.gazetteer import (
    CN_OFFICIAL,
    LAC_COUNTRY,
    LAC_ORG,
    LAC_PARTY,
    LOOKALIKE,
    PLATFORM,
    Lookalike,
    Office,
    Official,
)
from nlp.release import Mention, Release
from nlp.schema import MULTILATERAL, Span
from nlp.steps.contacts import recalled_sentences
from nlp.steps.country import (
    FOCUS,
    LANGUAGE_DEMONYM,
    TOPIC_BEFORE_EN,
    is_venue,
    names_elsewhere,
    outside_counterpart,
    region_patterns,
    topic_of_talks,
)
from nlp.steps.dates.visits import briefing
from nlp.steps.mfa_chinese_side import as_spokesperson
from nlp.steps.two_parties import pair_named_zh
from nlp.text import MEETING_CLAUSE, in_descriptive_clause, in_what_was_said, sentence_at
from nlp.transcripts import is_transcript

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


# China's side of a state exchange, in any form a release names it (Who counts: the Chinese side is
# a state leader, a minister or a vice minister; a page that names no Chinese side at all reports
# LAC actors among themselves)
CHINA_NAMED = re.compile(r"\bChina\b|\bChinese\b|\bXi\b|中国|中國|中方|中华人民共和国|中華人民共和國|"
                         r"我国|我國")


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


def lac_with_a_third_party(release: Release) -> bool:
    """Does the headline report a LAC actor's exchange with a party or country outside LAC and name
    no Chinese side ("Cuban party congratulates Vietnamese party", 古共致电祝贺越共建党)? The CPC
    the message also praised is no side of it (a party exchange needs the CPC as one)."""
    title = release.title
    if not title.strip() or MANY_COUNTERPARTS.search(title) or CHINA_NAMED.search(title):
        return False
    if party_side_named(release, "title") or any(
            m.where == "title" and m.label == CN_OFFICIAL for m in release.mentions):
        return False
    if _lac_sides_only(release):
        return True
    sides = [m for m in names_elsewhere(release, ("title",)) if not CONDEMNED.search(title[:m.start])]
    return bool(sides) and any(m.where == "title" for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG))


# a message's verbs besides the message cue's nouns: greeting, thanking, saluting someone
GREETING_WORDS = r"\b(?:congratulat|thank|greet|salut|condol)\w*"
GREETING_VERB = re.compile(GREETING_WORDS, re.I)
# Before a party named as the addressee of a message: "sent a message … to (the)", "wrote to",
# or a verb of greeting whose object it is ("congratulated the", "thanked")
ADDRESSEE_BEFORE = re.compile(rf"(?:\bto|{GREETING_WORDS})\s+(?:the\s+)?$", re.I)


def lac_message_to_other_party(release: Release) -> bool:
    """Does the lead's first sentence with a LAC party report its message to another party — a LAC
    party of another country or a party outside LAC ("The Communist Party of Cuba sent a message to
    the United Socialist Party of Venezuela", "MORENA sent a message to the Spanish Socialist
    Workers' Party") — while the title and lead name no CPC side and no Chinese official, the title
    not China, and the sentence no addressee on China's side (China in the lead as what the message
    recalls, "aid from China", is a topic)?
    The party's site and agencies also report such messages; the CPC is no side of them, and a
    party exchange needs it as one (codebook, ``relevant``). The dateline's Beijing is where the
    report was written, not a side. English only (a Chinese title of two LAC sides is
    ``_lac_sides_only``'s)."""
    if release.zh or party_side_named(release, "title") or party_side_named(release, "lead"):
        return False
    if any(m.label == CN_OFFICIAL for m in release.mentions if m.zone in ("title", "lead")):
        return False
    text = release.layout.clean
    if CHINA_NAMED.search(release.title):
        return False
    senders = release.of(LAC_PARTY, zones=("lead",))
    if not senders:
        return False
    sender = senders[0]
    left, right = sentence_at(text, sender.start)
    message = cues.pattern("idcpc.message").search(text, left, right)
    if not (message or GREETING_VERB.search(text, left, right)):
        return False
    if any(CHINA_ADDRESSEE.match(found.group("who")) for found in ADDRESSEE_NAMED.finditer(text[left:right])):
        return False  # also to China's side ("… to the FSLN and to the Chinese people")
    own = getattr(sender.entry, "country", None)
    for m in release.mentions:
        if m.where != "text" or not sender.end <= m.start < right:
            continue
        other = (m.label == LAC_PARTY and getattr(m.entry, "country", None) not in (None, own)) or (
            _other_party(release, m) and m.label != LAC_PARTY)
        if other and ADDRESSEE_BEFORE.search(text, max(sender.end, m.start - 40), m.start):
            return True
    return False


# the object of a condemnation or a rejection ("Sandinista Front Condemns US Provocation on Taiwan",
# 谴责美方挑衅): what a statement is against is its topic, not a side of an exchange
CONDEMNED = re.compile(r"\b(?:condemn|denounc|reject|oppos|critici[sz]|slam|blast|rebuk)\w*\s+(?:the\s+)?$|"
                       r"(?:谴责|譴責|反对|反對|抨击|抨擊|批评|批評)$", re.I)


def _lac_sides_only(release: Release) -> bool:
    """Does the headline name actors of two LAC countries ("FSLN Sends Solidarity Message to PSUV",
    尼共致电委统社党), or a LAC-wide platform and a LAC actor (圣保罗论坛致函巴西劳工党: the forum's
    secretariat is a LAC side of its own), while the page names no Chinese side anywhere — not
    China, no Chinese official, no party side? The exchange is between the LAC actors; the CPC is
    no side of it."""
    countries = {getattr(m.entry, "country", None) if m.label != LAC_COUNTRY else m.entry.id
                 for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG) if m.where == "title"}
    countries.discard(None)
    countries |= {m.entry.id for m in release.of(PLATFORM) if m.where == "title"
                  and getattr(m.entry, "mechanism", None) == "regional"}
    if len(countries) < 2:
        return False
    return names_no_chinese_side(release)


# Who counts: a Chinese ambassador (a permanent representative to the UN is one), consul, special
# representative or department director in the headline or lead, with no state leader, minister or
# vice minister of China beside them
LOW_SIDE = re.compile(
    r"\b(?:Chinese|China's) (?:Ambassador|Consul[- ]General|Envoy)\b|\bAmbassador of China\b|"
    r"\bChinese Ambassador to\b|\b(?:Chinese|China's) (?:Deputy )?Permanent Representative\b|"
    r"\bPermanent Representative of China\b|常驻联合国(?:副)?代表|"
    r"\bSpecial Representative of the Chinese Government\b|"
    r"\bChinese Government(?:'s)? Special Representative\b|\bDirector(?:-General)? of the [^.]{0,40}"
    r"(?:Ministry of Foreign Affairs|Foreign Ministry)\b|"
    r"中国驻[^。，,]{1,12}(?:大使|总领事)|驻[^。，,华]{1,8}大使(?!馆)|外交部[^。，,]{0,6}司长|中国政府[^。，,]{0,8}特别代表",
    re.IGNORECASE)
HIGH_SIDE_EN = re.compile(
    r"\b(?P<office>President Xi|Premier|Vice Premier|Vice President|State Councilor|Vice Foreign Minister|"
    r"Foreign Minister|Minister|Chairman|Vice Chairman)\b")
HIGH_SIDE_ZH = re.compile(r"(?P<office>国家主席|国务院总理|国家副主席|国务院副总理|国务委员|外交部长|外长|"
                          r"外交部副部长|部长|委员长|政协主席|副主席|副总理|总理)")
# the office the page gives an official, right before the name ("Chinese Ambassador Ma Hui", "Chinese
# Ambassador to Cuba Ma Hui", 中国驻古巴大使马辉) or right after it ("Ma Hui, Chinese Ambassador to
# Cuba,", 马辉大使): the office held that day, whatever else the roster lists for the name
OFFICE_GIVEN_LOW = re.compile(
    r"(?:Ambassador|大使|总领事|Consul[- ]General)(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:and\s+|of\s+(?:the\s+)?)?(?!(?:Vice|Minister|Premier|President|State|Chairman)\b)"
    r"[A-Z][\w'’.-]*){0,4})?\s*$")
OFFICE_GIVEN_LOW_AFTER = re.compile(
    r"\A(?:\s*,\s*(?:the\s+)?(?:(?:Chinese|China's)\s+)?(?:Ambassador|Consul[- ]General)\b|"
    r"\s*(?:大使|总领事))")
LOW_OFFICE = re.compile(
    r"Ambassador|Consul|Director|(?:Special|Permanent) Representative|Assistant|Spokesperson", re.I)
LAC_BEFORE = re.compile(r"(?:[A-Z][a-z]+an|[A-Z][a-z]+ese|[A-Z][a-z]+'s|[A-Z][a-z]+ian)\s+"
                        r"(?:[A-Z][a-z]+\s+)?$")


def _office_given_low(release: Release, m: Mention) -> bool:
    """Does the page give this official an ambassador's or consul's office right before or after
    the name ("Chinese Ambassador to Cuba Ma Hui", "Ma Hui, Chinese Ambassador to Cuba,", 驻古巴大使马辉)?
    That is the office held on the page's day, whatever else the roster lists for the name (its
    years are approximate, and a common name can be another person's): every mention of the
    official, the headline's bare name included, is then that ambassador."""
    source = release.title if m.where == "title" else release.layout.clean
    return bool(OFFICE_GIVEN_LOW.search(source[max(0, m.start - 60):m.start])
                or OFFICE_GIVEN_LOW_AFTER.search(source[m.end:m.end + 40]))


def below_vice_minister_only(release: Release) -> bool:
    """Is the only Chinese side the headline and lead name an ambassador or an official below vice
    minister ("Mexican president receives Chinese ambassador", 古巴国家主席会见中国驻古巴大使)?"""
    focus = release.focus_text()
    if not LOW_SIDE.search(focus):
        return False
    day = release.anchor
    named = [m for m in release.mentions
             if m.label == CN_OFFICIAL and m.zone in ("title", "lead") and isinstance(m.entry, Official)]
    given_low = {m.entry.id for m in named if _office_given_low(release, m)}
    for m in named:
        if m.entry.id not in given_low:
            offices = m.entry.offices_on(day) if day else list(m.entry.offices)
            if not offices or any(not LOW_OFFICE.search(o.title_en) for o in offices):
                return False  # a state leader, minister or vice minister (or an office not known)
    if release.zh:
        for m in HIGH_SIDE_ZH.finditer(focus):
            before = focus[max(0, m.start() - 8):m.start()]
            if not any(c.entry is not None and c.text in before for c in release.of(LAC_COUNTRY)):
                return False
        return True
    for m in HIGH_SIDE_EN.finditer(focus):
        before = focus[max(0, m.start() - 40):m.start()]
        if re.search(r"(?:Chinese|China's)\s+$", before) or not (LAC_BEFORE.search(before) or re.search(
                r"\b(?:of|to)\s+$", before)):
            if not re.match(r"\s+of\s+(?!China)", focus[m.end():m.end() + 5]):
                return False
    return True


MINISTRY_HOSTS = ("fmprc.gov.cn", "mfa.gov.cn")


def chinese_side_named(release: Release) -> bool:
    """Does the page name China or a Chinese official at all? On the ministry's own site it always
    does: "Vice Foreign Minister Hua Chunying visited Guyana" is the ministry's own official."""
    host = urlsplit(release.doc.url or "").hostname or ""
    if host.endswith(MINISTRY_HOSTS):
        return True
    if any(m.label == CN_OFFICIAL for m in release.mentions):
        return True
    # the report, not its menus and lists of other stories ("Home | China | World")
    return (CHINA_NAMED.search(release.title) is not None
            or CHINA_NAMED.search(release.layout.clean) is not None)


def _party_official(release: Release) -> bool:
    """Is a headline's assistant minister or director-general the party's own (on the IDCPC's site,
    or the CPC side named in the headline or lead)? Who counts (foreign ministry) excludes the
    ministry's officials below vice minister; on a party page the IDCPC's officials are the CPC side."""
    if release.is_mfa:
        return False
    if "idcpc" in (urlsplit(release.doc.url or "").hostname or ""):
        return True
    return party_side_named(release, "title") or party_side_named(release, "lead")


def party_side(release: Release) -> bool:
    """Is the CPC a side of what the page reports? (see the module's docstring)"""
    if "idcpc" in (urlsplit(release.doc.url or "").hostname or ""):
        return not state_side_only(release)  # the site also reprints the state's exchanges
    if party_side_named(release, "title") or party_side_named(release, "text"):
        return True
    if any("Department of the CPC" in o.title_en for o in _offices_named(release)):
        return True
    if _lac_party_in_china(release) or _party_course_in_china(release) or pair_named_zh(release):
        return True
    return _party_leader_to_a_party(release) or _party_message_to_china(release)


def _party_message_to_china(release: Release) -> bool:
    """Does an English copy's title or lead report a LAC party's message to China that names no
    addressee ("Messages celebrating the anniversary of the People's Republic of China have been
    sent by parties around the world. Among them, Ecuador's Citizen Revolution Movement …", "From
    La Paz came a message of the Movement for Socialism …, which described China as …")? A
    party's congratulation or condolence to China goes to China's ruling party, the CPC: a party
    exchange, though the copy names only the country; the senders may come in the sentences after
    a lead that names the messages. Not when the lead names another addressee
    (an embassy, an ambassador, the state's side, another party, the UN): then that is the side."""
    if release.zh:
        return False
    text = release.layout.clean
    lead = (release.layout.lead_start, release.layout.lead_end)
    if not (CHINA_NAMED.search(release.title) or CHINA_NAMED.search(text, *lead)):
        return False
    if not (cues.pattern("idcpc.message").search(release.title)
            or cues.pattern("idcpc.message").search(text, *lead)):
        return False
    # a roundup's lead names the messages and its next sentences the senders, one by one
    if not release.of(LAC_PARTY, zones=("title", "lead", "early")):
        return False
    if EMBASSY_WORDS.search(release.title) or EMBASSY_WORDS.search(text, *lead):
        return False
    if _chinese_state_side(release, "text", text, *lead) or _chinese_state_side(
            release, "title", release.title, 0, len(release.title)):
        return False
    if any(_other_party(release, m) and m.label != LAC_PARTY for m in release.mentions
           if m.zone in ("title", "lead")):
        return False
    # an addressee the lead names that is not China's side ("sent a letter to the UN Secretary-General,
    # thanking China and Russia"): China is what the message is about, not whom it went to
    return not any(not CHINA_ADDRESSEE.match(found.group("who"))
                   for source in (release.title, text[lead[0]:lead[1]])
                   for found in ADDRESSEE_NAMED.finditer(source))


# the addressee a message verb names ("sent a letter to the UN Secretary-General", "wrote to the
# Chinese Embassy", "sent a message of support today to Chinese companies"), read by
# ``_party_message_to_china`` and ``lac_message_to_other_party``
ADDRESSEE_NAMED = re.compile(r"\b(?:sen(?:t|ds?|ding)|address(?:ed|es)|wr(?:ote|ites)|deliver(?:ed|s)|"
                             r"hand(?:ed|s))\b[^.;:]{0,80}?\bto\s+(?:the\s+)?(?P<who>[A-Z][^.;:,]{0,40})")
# an addressee that is China's side of a party exchange: the country, its people, party or leaders
# ("to China", "to the Chinese people", "to Chinese comrades", "to Xi Jinping"); not Chinese firms,
# students or an embassy, whom a LAC party may write to as well
CHINA_ADDRESSEE = re.compile(r"(?:China\b(?!\s+(?:Daily|Eastern|Media|Southern))|"
                             r"Chinese\s+(?:people|nation|side|comrades|counterparts?|(?:ruling\s+)?party|Communist|leadership|leaders?|"
                             r"President|friends)\b|Xi\b)")


# The participants of a course named as other parties' people: "officials of political parties from …",
# "party cadres", "leaders of political parties", 政党干部, 政党领导人
PARTY_PARTICIPANTS = re.compile(
    r"\b(?:officials|cadres|leaders|members|representatives)\s+(?:of|from)\s+(?:the\s+)?(?:political\s+)?parties\b|"
    r"\b(?:political\s+)?party\s+(?:officials|cadres|leaders|members)\b|"
    r"(?:政党|政黨)(?:的)?(?:干部|幹部|领导人|領導人|官员|官員)|(?:党|黨)(?:的)?(?:干部|幹部)", re.I)


def _party_course_in_china(release: Release) -> bool:
    """Does the title or lead report a course, class or study programme in China for other parties'
    officials ("A training program for officials of political parties from Latin American countries
    concluded in Beijing", 拉美国家政党干部研修班在京结业)? Such courses are the CPC's own (the codebook's
    ``training_course``: a course the CPC side runs for foreign cadres), so the page reports a party
    exchange even when an agency's copy names no host, as a LAC party's stay in China does
    (``_lac_party_in_china``)."""
    focus = release.focus_text()
    return (cues.pattern("idcpc.training_course").search(focus) is not None
            and PARTY_PARTICIPANTS.search(focus) is not None
            and cues.pattern("china_venue").search(focus) is not None)


# a delegation of parties: 政党代表团, 政党干部考察团 (one or two qualifiers), "party delegation"
PARTY_DELEGATION_ZH = re.compile(r"政党(?:代表|干部|幹部|考察|青年|研修){0,2}(?:团|團)|party delegation",
                                 re.I)
# a group a named party sends, told right after its name (古巴共产党代表团, 智利社会党干部考察团) or right
# before it in English ("a delegation of cadres from the Socialist Party of Chile", "a study group of
# the Communist Party of Cuba"), also with the party's country as owner between them, as agencies
# write it ("a delegation of Nicaragua's Sandinista National Liberation Front")
GROUP_AFTER_PARTY_ZH = re.compile(
    r"\A[^，。；、\n]{0,8}?(?:代表团|代表團|考察团|考察團|干部|幹部|研修班|学员|學員)")
GROUP_BEFORE_PARTY_EN = re.compile(
    r"\b(?i:delegation|study group|group|cadres|members|leaders|officials)\b[^.;\n]{0,30}\b(?i:of|from)\s+"
    r"(?i:the\s+)?(?:[A-Z][A-Za-z]+(?:\s+(?:and\s+)?[A-Z][A-Za-z]+){0,3}(?:'s|’s)\s+)?$")


# What a LAC party's group does in China that shows its stay: a visit or tour as a whole, or one
# meeting there ("a delegation of the FSLN met with Wang Yang in Beijing", 汪洋在京会见桑解阵代表团):
# a party's delegation meets its Chinese hosts as the CPC's guest, whatever state office the host's
# headline gives him (vice president, chairman of the NPC or the CPPCC)
STAY_KINDS = ("delegation_received", "idcpc.field_trip", "meeting")


def _lac_party_in_china(release: Release) -> bool:
    """Does the title or lead report a LAC party's delegation staying in or touring China (古巴共产党代表团
    访华, 哥斯达黎加政党代表团赴云南考察 with its parties named, 拉美国家政党干部考察团在贵州考察 with its
    countries named, "a delegation of cadres from the Socialist Party of Chile toured a village in
    Anji", or 会见外国政党代表团 with the party named in the next sentences: ``body_counterparts``)?
    Other parties' delegations come to China as the CPC's guests (party diplomacy), so such a page
    reports a party exchange even when an agency's or a local copy names no host; a LAC party's
    own affairs at home name no stay in China. A group's one meeting in China shows its stay as well
    (``STAY_KINDS``)."""
    focus = release.focus_text()
    parties = release.of(LAC_PARTY, zones=("title", "lead"))
    if parties:
        if not (PARTY_DELEGATION_ZH.search(focus) or any(m.where == "title" for m in parties)
                or any(_group_of(release, m) for m in parties)):
            return False
    elif not (PARTY_DELEGATION_ZH.search(focus)
              and (release.of(LAC_COUNTRY, zones=("title", "lead")) or release.extra.get("regional_cues")
                   or release.extra.get("body_counterparts"))):
        return False
    stay = any(cues.pattern(kind).search(focus) for kind in STAY_KINDS)
    return stay and cues.pattern("china_venue").search(focus) is not None


def _group_of(release: Release, m: Mention) -> bool:
    """Is a lead's LAC party named as the sender of a group (``GROUP_AFTER_PARTY_ZH``,
    ``GROUP_BEFORE_PARTY_EN``)?"""
    if m.where != "text":
        return False
    text = release.layout.clean
    if release.zh:
        return GROUP_AFTER_PARTY_ZH.match(text[m.end:m.end + 12]) is not None
    return GROUP_BEFORE_PARTY_EN.search(text[max(0, m.start - 60):m.start]) is not None


# A clause or sentence boundary: a LAC name before one no longer owns the office words after it
CLAUSE_BREAK_ZH = re.compile(r"[，。；：！？,;:!?\n]")
CLAUSE_BREAK_EN = re.compile(r"[.;:!?\n]")
CHINA_BEFORE = re.compile(r"(?:Chinese|China's|China’s|中国|中國|中方|我国|我國)\s*$")


# the event type's cues of exchanges besides the party's own kinds (``idcpc.*``)
EXCHANGE_KINDS = ("meeting", "headline_meeting", "delegation_received")


def no_chinese_side(release: Release) -> bool:
    """Does a party page name no Chinese side at all: no party word (``party_side``), no Chinese
    official, no China (中国, 中方, "Chinese") and no place in China (``china_venue``: Beijing, 来华,
    a province, a city delegations tour)? The party's site (and agencies) also report a LAC party's
    own affairs — its congress opening in Havana, its win in a local election — which are no exchange
    between the CPC and LAC actors (codebook, ``relevant``). An exchange page always names its Chinese
    side or at least its place in China; and a page whose title or lead names a kind of exchange (a
    meeting, a visit, a message, a course or a tour: the event type's cues) is left to the other
    rules, since a course's or a tour's page may name only a venue no list holds (浦东, 余村)."""
    focus = release.focus_text()
    if any(pattern.search(focus) for _, pattern in cues.rules("idcpc")) or any(
            cues.pattern(kind).search(focus) for kind in EXCHANGE_KINDS):
        return False
    return names_no_chinese_side(release)


def names_no_chinese_side(release: Release) -> bool:
    """Does the page name no Chinese side anywhere: no party word (``party_side``) in its title or
    text, no Chinese official, no China (中国, 中方, "Chinese") and no place in China
    (``china_venue``)?"""
    if party_side_named(release, "title") or party_side_named(release, "text"):
        return False
    if any(m.label == CN_OFFICIAL for m in release.mentions):
        return False
    venue = cues.pattern("china_venue")
    return not any(CHINA_NAMED.search(text) or venue.search(text)
                   for text in (release.title, release.layout.clean))


def state_side_only(release: Release) -> bool:
    """Does a party page (the IDCPC's site or a copy) name only the Chinese state as its side?
    The title or lead names a foreign ministry, the State Council or its members (``state_side``:
    国务委员兼外交部长王毅, 国务院副总理, "Foreign Minister Wang Yi") and the page names no CPC side
    at all: no party word (``party_side``: 中共, 中联部, 总书记, 政治局 …), no official of a CPC
    department, no party leader writing to a LAC party. The codebook's IDCPC exchange is one of the
    CPC/IDCPC; the party's site also reprints state exchanges (a foreign minister meeting his LAC
    peer, a vice premier meeting a vice president), which are not. An office word a LAC actor named
    earlier in its clause owns (委内瑞拉外交部长, 巴巴多斯工党主席、总理, "Venezuelan Foreign
    Minister", "Foreign Minister of Peru") is the counterpart's office, not China's side."""
    if release.is_mfa or _cpc_side_named(release):
        return False
    if release.of(LAC_PARTY, zones=("title", "lead")):
        return False  # a LAC party as the counterpart: the site reports a party exchange
    return (_chinese_state_side(release, "title", release.title, 0, len(release.title))
            or _chinese_state_side(release, "text", release.layout.clean, release.layout.lead_start,
                                   release.layout.lead_end))


# a Chinese embassy or consulate as the side of a party page's event ("organised by the Chinese Embassy",
# 由驻阿根廷使馆主办, 中国驻秘鲁使馆举办): its own activity, as an ambassador's is
EMBASSY_SIDE = re.compile(
    r"\b(?:Chinese|China's) (?:Embassy|Consulate(?:[- ]General)?)\b|"
    r"\bEmbassy of (?:the People's Republic of )?China\b|"
    r"中国驻[^。，,]{1,12}(?:使馆|总领馆)|(?:^|[由在与和同及、，,])驻[^。，,华]{1,8}(?:使馆|总领馆)",
    re.IGNORECASE)


def ambassador_side_only(release: Release) -> bool:
    """Is the only Chinese side a party page names an ambassador, a consul or a ministry's
    director (``LOW_SIDE`` in the title or lead: 古巴国家主席会见中国驻古巴大使), with no CPC side
    named anywhere? An activity of an embassy or an ambassador is no exchange of the CPC (the
    module's docstring; codebook, Who counts: an exchange led only by an ambassador is not one).
    So is an embassy's own event (``EMBASSY_SIDE``: a film week "hosted by the Chinese Embassy",
    attended by ministry officials) on a page that names no LAC party: with LAC parties at it (a
    seminar the embassy holds with two parties) the party's site reports a party exchange."""
    focus = release.focus_text()
    if release.is_mfa:
        return False
    embassy_event = EMBASSY_SIDE.search(focus) is not None and not release.of(LAC_PARTY)
    if not (LOW_SIDE.search(focus) or embassy_event):
        return False
    return not _cpc_side_named(release)


def _cpc_side_named(release: Release) -> bool:
    """Does the page name the CPC side itself: a party word (``party_side``) in the title or text,
    an official of a CPC department or the party's general secretary (Xi Jinping, whom a state page
    calls 国家主席, leads the CPC all the same), or the party's leader writing to a LAC party?"""
    if party_side_named(release, "title") or party_side_named(release, "text"):
        return True
    if any("Department of the CPC" in o.title_en or o.title_en.startswith("General Secretary of the CPC")
           for o in _offices_named(release)):
        return True
    return _party_leader_to_a_party(release)


def _chinese_state_side(release: Release, where: str, text: str, start: int, end: int,
                        offices: re.Pattern[str] | None = None) -> bool:
    """Is a ``state_side`` word (or one of ``offices``) in ``text[start:end]`` China's (see
    ``state_side_only``)? On a Taiwan portal only one with China named before it (中國外交部): those
    papers name Beijing's offices so, and a bare 外交部 or 總統 there is Taipei's own."""
    lac = [m for m in release.mentions if m.where == where
           and m.label in (LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)]
    breaks = CLAUSE_BREAK_ZH if release.zh else CLAUSE_BREAK_EN
    taiwan = (urlsplit(release.doc.url or "").hostname or "").endswith(".tw")
    for match in (offices or cues.pattern("state_side")).finditer(text, start, end):
        if CHINA_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
            return True
        if taiwan:
            continue
        owned_before = any(m.end <= match.start() and not breaks.search(text[m.end:match.start()])
                           and (release.zh or match.start() - m.end <= 40) for m in lac)
        owned_after = not release.zh and any(
            m.start >= match.end() and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[match.end():m.start])
            for m in lac)
        if not owned_before and not owned_after:
            return True
    return False


# Between another party's name and an organ word it owns: nothing, or its Central Committee
# (越共中央总书记, 古共中央政治局, "CPV Politburo", "Communist Party of Cuba's Political Bureau"); after
# an English organ word, the owner joined by "of" ("Politburo member of the Communist Party of Vietnam")
OWNER_GAP_BEFORE = re.compile(r"\A(?:中央(?:委员会)?|\s*(?:'s|’s)?\s*(?:Central Committee(?:'s|’s)?\s*)?)\Z")
OWNER_GAP_AFTER = re.compile(r"\A\s*(?:member\s+)?of\s+(?:the\s+)?(?:Central Committee of\s+(?:the\s+)?)?\Z")


# The words before the CPC's name that make it what rules China, not a side of an exchange ("loans
# from a country ruled by the Chinese Communist Party", "under the rule of the CCP"); "led by" is not
# among them: "a delegation led by the CPC's Liu Jianchao" is the CPC side
RULED_BY = re.compile(r"\b(?:ruled|governed|run|controlled|dominated)\s+by\s+(?:the\s+)?$|"
                      r"\bunder\s+(?:the\s+)?(?:rule|control)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def party_side_named(release: Release, where: str) -> bool:
    """Does the title, the lead or the text (``where``: "title", "lead", "text") name the CPC side
    (``party_side``)? A general secretary, a political bureau or a party committee is the CPC's
    unless another party's name owns it: 越共中央总书记 (the Vietnamese party's general secretary),
    "Politburo member of the Communist Party of Cuba" — many parties, LAC ones among them, have
    these organs, and a page of theirs with no CPC is no party exchange of the CPC."""
    if where == "title":
        text, start, end, zone = release.title, 0, len(release.title), "title"
    else:
        text, zone = release.layout.clean, "text"
        start, end = ((release.layout.lead_start, release.layout.lead_end) if where == "lead"
                      else (0, len(text)))
    owners = [m for m in release.mentions if m.where == zone and _other_party(release, m)]
    for match in cues.pattern("party_side").finditer(text, start, end):
        if RULED_BY.search(text, max(0, match.start() - 30), match.start()):
            continue  # "a country ruled by the Chinese Communist Party" describes China: no side
        if not any(OWNER_GAP_BEFORE.match(text[m.end:match.start()]) if m.end <= match.start()
                   else OWNER_GAP_AFTER.match(text[match.end():m.start]) if m.start >= match.end()
                   else False for m in owners):
            return True
    return False


def _other_party(release: Release, m: Mention) -> bool:
    """A party other than the CPC: a LAC party, or a party outside LAC (the gazetteer's look-alikes)."""
    if m.label == LAC_PARTY:
        return True
    if m.label != LOOKALIKE or not m.ids:
        return False
    entry = release.gazetteer.get(m.ids[0])
    return isinstance(entry, Lookalike) and entry.kind == "party"


def _offices_named(release: Release) -> list[Office]:
    """The offices of the officials the page names, as held on the page's day: a vice premier who
    once headed a Central Committee department (Sun Chunlan, United Front 2014–17) meets a minister
    in 2019 as a state official, not as the party. Without a day, or for an official with no listed
    office on it (the roster's years are approximate for many), every office listed. An official
    the page gives an ambassador's or consul's office ("Chinese Ambassador to Nicaragua Chen Xi")
    holds that one on the page's day, whatever party office the roster lists for the name
    (``_office_given_low``)."""
    day = release.anchor
    officials = [m.entry for m in release.mentions
                 if m.label == CN_OFFICIAL and isinstance(m.entry, Official)
                 and not _office_given_low(release, m)]
    return [o for official in officials
            for o in ((official.offices_on(day) if day else []) or official.offices)]


def _party_leader_to_a_party(release: Release) -> bool:
    """"Chinese President Xi Jinping … congratulating him on his election as first secretary of the
    Communist Party of Cuba": the sender leads the CPC's Central Committee on that day and the
    headline or lead names a LAC party as the counterpart or the occasion: a party exchange, though
    the copy names only his state office. On a page of messages ("Political parties of many
    countries sent messages to Xi Jinping …") the parties come after the lead, one per sentence or
    paragraph: a LAC party named anywhere in its text is a sender to the CPC's leader. An official
    the page calls an ambassador (``_office_given_low``) is that ambassador, not a party leader."""
    day = release.anchor
    if day is None:
        return False
    messages = cues.pattern("idcpc.message").search(release.focus_text()) is not None
    if not release.of(LAC_PARTY, zones=("title", "lead")) and not (
            messages and any(m.where == "text" for m in release.of(LAC_PARTY))):
        return False
    leaders = [m.entry for m in release.of(CN_OFFICIAL, zones=("title", "lead"))
               if isinstance(m.entry, Official) and not _office_given_low(release, m)]
    return any("CPC Central Committee" in o.title_en or "Political Bureau" in o.title_en
               for official in leaders for o in official.offices_on(day))


def _clear(release: Release) -> None:
    """A release found not relevant has no country: nothing downstream codes it."""
    release.record.country = None
    release.record.exchange_type = None
    release.record.evidence.pop("country", None)
    release.country_id = None


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


# the embassy/ambassador/consulate part of ``not_exchange_headline`` (not interviews, commentaries)
EMBASSY_WORDS = re.compile(r"Embassy|Ambassador|Consul|驻")


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
    return below is not None and not _party_official(release) and not briefing(release)


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


def no_state_principal(release: Release) -> bool:
    """Does a copy of a state page (an agency's, a newspaper's, an embassy's) name no Chinese
    principal: no Chinese official of the roster in an office above ambassador, and no office of the
    Chinese state (``state_side``: a premier, a foreign minister, 国务院, 外交部 …) that a LAC name
    does not own? Who counts (foreign ministry): the Chinese side is a state leader, a minister or a
    vice minister. News of trade, sport, aid, vaccines or a LAC election that names China only as a
    country ("cherry exports to China", 中国红十字会, a film week of the embassy) reports no exchange
    of one. The ministry's own site always speaks for its principals (``chinese_side_named``)."""
    host = urlsplit(release.doc.url or "").hostname or ""
    if host.endswith(MINISTRY_HOSTS):
        return False
    focus = release.focus_text()
    if any(pattern.search(focus) for kind, pattern in cues.rules("mfa") if kind != "arrival") and not (
            local_side_named(release)):
        return False  # the title or lead reports a state exchange ("China and Honduras issued a joint
        # communique"): the states themselves, or principals a copy leaves unnamed, are its sides (an
        # arrival alone is not one: a medical team or a shipment arrives too)
    return not principal_named(release)


def local_side_only(release: Release) -> bool:
    """Do the title or lead name China's side as a province's or a city's officials (``local_side``)
    while the page names no Chinese principal anywhere (``principal_named``)? Who counts (foreign
    ministry): a state leader, a minister or a vice minister; a governor or a mayor is none, on the
    ministry's own site too, which elsewhere speaks for its principals unnamed (``no_state_principal``)."""
    return local_side_named(release) and not principal_named(release)


def spouse_side_only(release: Release) -> bool:
    """Does the lead name China's side as a leader's spouse (``leader_spouse``: "Peng Liyuan, wife of
    President Xi Jinping, visited …") while the headline names no Chinese official or principal's
    office? Who counts (foreign ministry): a spouse is none of state leader, minister or vice minister;
    a headline naming the leader too ("Xi Jinping and his wife …") reports the leader's exchange."""
    layout = release.layout
    if not cues.pattern("leader_spouse").search(layout.clean, layout.lead_start, layout.lead_end):
        return False
    return not (PRINCIPAL_OFFICE.search(release.title)
                or any(m.label == CN_OFFICIAL and m.where == "title" for m in release.mentions))


def local_side_named(release: Release) -> bool:
    """Do the title or lead name China's side as a province's or a city's officials (``local_side``:
    "where they met provincial officials", 副省长会见)? Then the exchange they report has its Chinese
    side named, below a principal: the states are not its sides unnamed (Who counts, foreign
    ministry); ``no_state_principal`` then asks for a named principal."""
    local = cues.pattern("local_side")
    layout = release.layout
    return (_chinese_state_side(release, "title", release.title, 0, len(release.title), local)
            or _chinese_state_side(release, "text", layout.clean, layout.lead_start, layout.lead_end, local))


def principal_named(release: Release) -> bool:
    """Does the page name a Chinese principal (Who counts, foreign ministry): an official of the
    roster in an office above ambassador on the page's day, or an office of the Chinese state
    (``PRINCIPAL_OFFICE``) that no LAC name before it owns? An official or an office named as the
    spokesperson ("Spokesperson Hua Chunying", "a Foreign Ministry spokesperson") is the ministry's
    voice, no principal."""
    day = release.anchor
    for m in release.mentions:
        if m.label != CN_OFFICIAL or not isinstance(m.entry, Official) or _office_given_low(release, m):
            continue
        if as_spokesperson(release, m):  # "Spokesperson Hua Chunying said": the ministry's voice
            continue
        offices = m.entry.offices_on(day) if day else list(m.entry.offices)
        if not offices or any(not LOW_OFFICE.search(o.title_en) for o in offices):
            return True
    return (_chinese_state_side(release, "title", release.title, 0, len(release.title), OFFICE_NOT_VOICE)
            or _chinese_state_side(release, "text", release.layout.clean, 0, len(release.layout.clean),
                                   OFFICE_NOT_VOICE))


# the offices of a state principal (Who counts: a state leader, a minister or a vice minister), in any
# ministry: "Minister of Agriculture and Rural Affairs", 农业农村部部长, besides ``state_side``'s
PRINCIPAL_OFFICE = re.compile(
    "|".join(cues.fragments("state_side"))
    + r"|\b(?:Vice\s+)?(?:Premier|Minister|President Xi|Vice President|State Councilor|"
    r"Chairman of the (?:National People's Congress|NPC|CPPCC))\b|"
    r"部长|部長|国家主席|國家主席|国家副主席|國家副主席|委员长|委員長|政协主席|政協主席", re.IGNORECASE)


# an office named only as its spokesperson's ("a Foreign Ministry spokesperson said", 外交部发言人表示),
# or as the speaker of a comment or an answer, as headlines name the spokesperson ("Foreign Ministry:
# …", 外交部：…, 外交部回应…, "Foreign Ministry responds to …"): the voice of the ministry, below vice
# minister, is no principal (Who counts, foreign ministry)
OFFICE_NOT_VOICE = re.compile(
    f"(?:{PRINCIPAL_OFFICE.pattern})(?!\\s*(?:['’]s\\s+)?(?:spokes(?:person|man|woman)|发言人|發言人)"
    "|\\s*[：:]|回应|回應|回答|答问|答問|答记者问|答記者問|表态|表態"
    "|\\s+(?:respond(?:s|ed)?|comment(?:s|ed)?|answer(?:s|ed)?)\\b)",
    re.IGNORECASE)


def _no_chinese_side_named(release: Release) -> bool:
    return not chinese_side_named(release)


def no_chinese_side_in_focus(release: Release) -> bool:
    """Do the title and lead of an English copy of a state page (an agency's, a newspaper's, an
    embassy's) name no Chinese side at all: no Chinese official, no China, "Chinese" or Xi? Then the
    exchange they report is among others ("U.S. Secretary of State … met with Panamanian President
    …", "Lula greeted Milei at the G20 venue", a LAC president's trip to "China's Taiwan region": a
    place, ``PLACE_OF_CHINA``), and China named
    further down (its ministry's comment, Xi's arrival for the same summit) is no side of it (Who
    counts, foreign ministry: the Chinese side is a state leader, a minister or a vice minister). Only
    a lead that reports an exchange (the ``mfa.*`` and ``meeting`` cues, ``LEAD_ENCOUNTER``) says who
    took part; a feature's scene-setting
    lead leaves that to the next paragraph. The ministry's own site speaks for its principals
    (``chinese_side_named``)."""
    host = urlsplit(release.doc.url or "").hostname or ""
    if release.zh or host.endswith(MINISTRY_HOSTS) or not release.title.strip():
        return False
    if any(m.label == CN_OFFICIAL and m.zone in ("title", "lead") for m in release.mentions):
        return False
    lead = release.lead()
    if not (any(pattern.search(lead) for _, pattern in cues.rules("mfa"))
            or cues.pattern("meeting").search(lead) or LEAD_ENCOUNTER.search(lead)):
        return False  # a feature's lead sets a scene ("When Mia Mottley speaks …"): the exchange comes later
    return not any(CHINA_NAMED.search(PLACE_OF_CHINA.sub(" ", text))
                   for text in (release.title, release.lead()))


# an encounter or a trip a lead reports besides the exchange cues ("greeted Milei at the summit venue,
# their first encounter", "left for … for a visit")
LEAD_ENCOUNTER = re.compile(
    r"\b(?:greet(?:s|ed|ing)?|encounters?|visit(?:s|ed|ing)?|trips?|tours?|summits?)\b", re.IGNORECASE)


# a place of China named by its region ("China's Taiwan region", "Taiwan region of China"): where a
# visit goes, not a Chinese side
PLACE_OF_CHINA = re.compile(r"\bChina['’]s (?:Taiwan|Hong Kong|Macao|Macau|Xinjiang|Tibet)\b"
                            r"(?: (?:region|island))?|"
                            r"\b(?:Taiwan|Hong Kong|Macao|Macau) (?:region )?of China\b")


def taipei_side_headline(release: Release) -> bool:
    """Does the headline report an exchange of the Taiwan region's leader or authorities (cue
    ``taipei_side``: "Taiwan region's leader meets Saint Lucia prime minister", 台湾地区领导人会见伯利兹
    外长), naming China nowhere else in it and no Chinese official in the title or lead? Their side
    is no Chinese side (Who counts, foreign ministry: a state leader, a minister or a vice minister of
    China), and a copy's line on China's opposition to it is a comment, not an exchange."""
    found = cues.pattern("taipei_side").search(release.title)
    if found is None:
        return False
    if any(m.label == CN_OFFICIAL and m.zone in ("title", "lead") for m in release.mentions):
        return False
    return not CHINA_NAMED.search(release.title[:found.start()] + " " + release.title[found.end():])


def third_state_headline(release: Release) -> bool:
    """Does a copy's headline (an agency's, a newspaper's, an embassy's) report a LAC actor's exchange
    with a state or body outside LAC and China ("US Secretary of State Meets Panamanian President",
    "Lula Meets French President": ``outside_counterpart`` in the title), naming no China and no
    Chinese official in it? The headline picks the exchange (One page, one record), and China named
    further down (what the visitor warned of, the ministry's comment) is no side of it (Who counts,
    foreign ministry). The ministry's own site speaks for its principals (``chinese_side_named``)."""
    host = urlsplit(release.doc.url or "").hostname or ""
    title = release.title
    if host.endswith(MINISTRY_HOSTS) or not title.strip() or CHINA_NAMED.search(title):
        return False
    if any(m.where == "title" and m.label == CN_OFFICIAL for m in release.mentions):
        return False
    return outside_counterpart(release, ("title",)) and any(
        m.where == "title" for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG))


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
