"""Which of a page's days is its exchange's, and which belong to something else.

A lead may give several days: the day the news was reported, a message's occasion (the election it
congratulates, the disaster it mourns), a day a speaker recalls, one a relative clause or a temporal
adjunct gives for another event ("ahead of the forum on July 25"), a plan mentioned in passing.
Codebook, event_date: the day is the first day of *the page's* exchange. These tests set the others
aside, and find the sentence that reports the exchange the page's event type names.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY, Official
from nlp.leaders import leaders_on, short_names
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.dates.candidates import FUTURE_EN, FUTURE_ZH, Found
from nlp.steps.dates.visits import briefing, recent
from nlp.steps.event_type_mfa_lead import principal_sentence
from nlp.topic_clauses import in_what_was_said


def announcement(release: Release, search_from: int) -> bool:
    """Is the page an announcement of its exchange — the headline's exchange lies ahead?

    The codebook dates a future event by the day it will start only when the page announces it
    (decision rules, event_date). A report of an exchange that has happened often mentions a plan
    ("The two sides will co-host a forum on April 15", 考察团将于7月26日至30日赴贵州); that plan is
    not the page's exchange. A page announces when its headline is future-marked ("to pay a state
    visit", 将访华), when the lead's first sentence is (the lead states the page's exchange: "X will
    pay a state visit from …", "A spokesperson said on Thursday that Wu will attend …"), or when
    it is a briefing on a trip (the codebook dates it by the trip)."""
    headline = release.title or ""
    if (re.search(FUTURE_EN.pattern, headline, re.I) or FUTURE_ZH.search(headline)
            or re.search(r"\bto (?:pay|make|attend|visit)\b", headline, re.I)):
        return True
    text = release.layout.clean
    first = search_from
    while first < release.layout.lead_end and text[first] in " \t\n-—–:：":
        first += 1
    left, right = sentence_at(text, first)
    # a fronted adjunct about another event ("Ahead of the forum to be held on July 25, Song met …")
    # says when the exchange happened, not that the page announces it
    sentence = FRONTED_ADJUNCT_EN.sub("", text[max(left, search_from):right])
    # a relative clause says what someone does besides the sentence's own exchange: "X arrived in
    # Beijing on Monday for a state visit at the invitation of Xi, who will hold talks with him on
    # Wednesday" reports the arrival; the talks ahead do not make the page an announcement
    sentence = RELATIVE_CLAUSE_EN.sub(" ", sentence)
    if FUTURE_EN.search(sentence) or FUTURE_ZH.search(sentence):
        return True
    return briefing(release)


# a relative clause inside a sentence, up to the next comma or the sentence's end
RELATIVE_CLAUSE_EN = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;:]*", re.I)


# A temporal adjunct: a preposition that places the sentence's exchange by another event, and that
# event's noun phrase up to the day it gives ("Eleven months after their meeting in Bangkok on November
# 17, 2022, Xi met Boric on October 17", "ahead of the forum to be held on July 25"): the day is the
# other event's. Only a day after a noun phrase ("on"/"of" before the day) is read so: "after May 5"
# and "since May 5" give a day of their own.
ADJUNCT_DAY_EN = re.compile(r"\b(?:after|since|following|(?P<before>ahead of|prior to|before|on the eve of|"
                            r"in the run-up to))\b[^,.;:\n]{1,80}?\b(?:on|of)\s+$", re.I)
FRONTED_ADJUNCT_EN = re.compile(r"^\s*(?:after|since|following|ahead of|prior to|before|on the eve of|"
                                r"in the run-up to)\b[^,.;:\n]{1,120},", re.I)


def in_adjunct(release: Release, found: Found, before_only: bool = False) -> bool:
    """Is this English day one a temporal adjunct gives for another event (``ADJUNCT_DAY_EN``)? With
    ``before_only``, an adjunct that puts the exchange before that event ("ahead of the forum on July
    25"): its day comes after the exchange, so it can never be the exchange's first day. A day "after"
    or "following" an event may be the exchange's own ("Following the talks on Friday, the presidents
    witnessed …")."""
    if release.zh:
        return False
    text = release.layout.clean
    left, _ = sentence_at(text, found.start)
    match = ADJUNCT_DAY_EN.search(text, left, found.start)
    return match is not None and (not before_only or match.group("before") is not None)


def recalled_event(release: Release, found: Found) -> bool:
    """Is this day in what a recall verb governs ("Song recalled the visit of the Cuban leader to China
    on November 5, 2018", 刘建超回顾了2018年11月…的会见; cue ``recall``)? A recalled event is a past
    one, never the page's exchange (codebook, event_date: the first day of *that* exchange; rule 2
    dates it by the dateline when the text names no other day for it). A fronted participle
    ("Recalling their talks of …, Xi said") governs up to its comma."""
    text = release.layout.clean
    left, _ = sentence_at(text, found.start)
    for verb in cues.pattern("recall").finditer(text, left, found.start):
        between = text[verb.end():found.start]
        participle = verb.group().casefold().endswith("ing")
        if not (participle and ("," in between or "，" in between)):
            return True
    return False


BACKGROUND_DAYS = 365
EXCHANGE_WORDS = {"meeting": ("headline_meeting", "mfa.meeting", "mfa.talks"),
                "talks": ("mfa.talks", "headline_meeting"),
                "meeting_on_sidelines": ("mfa.meeting", "headline_meeting"),
                "phone_call": ("mfa.phone_call", "idcpc.phone_call"),
                "video_call": ("mfa.video_call", "idcpc.video_call"),
                "message": ("idcpc.message", "mfa.message"),
                # a briefing on a CPC congress often opens on the congress's own days
                "briefing": ("idcpc.briefing",)}


# "has sent a message … on his election in the run-off held on Sunday": the present perfect takes
# no stated past day, so a day later in its sentence belongs to another verb (the occasion's)
PERFECT_EN = re.compile(r"\b(?:has|have)\s+(?:also\s+|just\s+|already\s+)?[a-z]+(?:ed|en|t)\b", re.I)
# "…, who died on July 4th": a relative clause (up to its closing comma) says what someone else did
RELATIVE_EN = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;:]*$", re.I)
# 在11月19日举行的大选: a day in a phrase ending in 的 describes the noun after it (the occasion);
# a day with only its part of the day before 的 (11月21日下午的贺电) still names the message's day
ATTRIBUTIVE_ZH = re.compile(r"(?!(?:上午|下午|晚上|晚间|早上|中午|凌晨)的)[^，,。；;、：:\s\d]{1,6}的")


def in_relative_clause(release: Release, found: Found) -> bool:
    """Is this English day inside a relative clause ("Xi, who arrived on Tuesday, held talks …")?
    Such a clause reports what its subject did besides the sentence's own exchange."""
    if release.zh:
        return False
    text = release.layout.clean
    left, _ = sentence_at(text, found.start)
    return bool(RELATIVE_EN.search(text, left, found.start))


def occasion_days(release: Release, events: list[Found], search_from: int) -> list[Found]:
    """The days a message page gives for the occasion of its message, not for the message.

    A congratulation or condolence is an exchange of its own: its day is the day it was sent
    (codebook, event_date; with none written, the dateline's, rule 2), not the day of the election,
    death, congress or disaster it answers. Such days are those of a lead sentence that does not
    name the message when another one does (智利…2日起发生森林火灾。习近平致电…), those after a
    message verb in the present perfect ("has sent … on his election on Sunday"), those in a
    relative clause ("…, who died on July 4th") and Chinese days in a phrase that describes a noun
    (在11月19日举行的大选)."""
    record = release.record
    unfound = record.event_type is None and not record.relevant
    if not events or not (record.event_type == "message" or unfound):
        return []
    text = release.layout.clean
    words = [cues.pattern(cue) for cue in EXCHANGE_WORDS["message"]]
    lead_end = release.layout.lead_end

    def names_message(left: int, right: int) -> bool:
        return any(word.search(text, left, right) for word in words)

    named = names_message(search_from, lead_end)
    if record.event_type is None and not named:
        # a page whose title and lead name no LAC exchange (a roundup whose LAC senders come later):
        # its lead's day is the entries' message day only when the lead names the messages (items
        # read it for the entries, ``_lead_message_day``), and then not the occasion's day either
        return []
    to_gathering = TO_GATHERING.search(text, search_from, lead_end) is not None
    out = []
    for found in events:
        left, right = sentence_at(text, found.start)
        if _sent_day(release, found, left):
            continue  # "in a reply dated November 30", "came to the International Department on Tuesday"
        if named and not names_message(left, right):
            if to_gathering and GATHERING_HELD.search(text, left, right):
                continue  # the day the gathering the message is addressed to opened: the day it was read
            out.append(found)
        elif release.zh:
            if ATTRIBUTIVE_ZH.match(text, found.end) or _in_occasion_frame_zh(text, found, words):
                out.append(found)
        elif (PERFECT_EN.search(text, left, found.start) or in_relative_clause(release, found)
              or _in_occasion_phrase(release, found, words)):
            out.append(found)
    return out


# 值此…成立101周年（6月4日）之际 / 在春节（1月22日）到来之际: a day that its clause closes with 之际 or
# 前夕 is inside the frame that names the occasion ("on the occasion of …"), so it is the occasion's
# day, as a day before 的 is; the message the main clause reports keeps a day of its own or none
OCCASION_FRAME_ZH = re.compile(r"[^，,。；;]{0,24}?(?:之际|之際|前夕)")


def _in_occasion_frame_zh(text: str, found: Found, message_words: list[cues.CuePattern]) -> bool:
    """Is this Chinese day inside a 之际 frame (``OCCASION_FRAME_ZH``) with no message word between
    the day and the frame's end (a message sent 之际 keeps its day: 6月4日致函…之际 is rare but
    the message's)?"""
    frame = OCCASION_FRAME_ZH.match(text, found.end)
    return frame is not None and not any(word.search(text, found.end, frame.end())
                                         for word in message_words)


SENT_DAY_REACH = 120  # characters before a day searched for the verb that sends or dates a message


def _sent_day(release: Release, found: Found, left: int) -> bool:
    """Is this English day the one a message's own verb gives it (cue ``message_sent_day``: "in a
    reply dated November 30", "in a letter received on Wednesday", "came to the International
    Department on Tuesday", "wrote on October 24 that")? The occasion's noun phrase ends where such a
    verb begins, and a present perfect before it ("has thanked … in a letter received on Wednesday")
    does not take the day away: it is the message's (codebook, event_date)."""
    if release.zh or found.kind not in STATED_KINDS:
        return False
    start = max(left, found.start - SENT_DAY_REACH)
    return cues.pattern("message_sent_day").search(release.layout.clean, start, found.start) is not None


OCCASION_REACH = 90  # characters between the noun of an occasion and a day its phrase gives
STATED_KINDS = frozenset({"date", "month_day", "day", "weekday"})


def _in_occasion_phrase(release: Release, found: Found, message_words: list[cues.CuePattern]) -> bool:
    """Is this English day inside the phrase an occasion's noun heads ("in the general election held
    on September 3", "over the explosion at the hotel in Havana on May 6", "Following his re-election
    … on October 23,"; cue ``message_occasion``)? English writes the election's, the death's or the
    disaster's day after its noun, in its clause, as Chinese writes it before 的: the occasion's day,
    not the message's. The phrase ends at a comma, a semicolon or a colon, and a message word after
    the noun ("after the election, sent a message on Monday") gives the day back to the message.
    Only written days count: "today" and "yesterday" go with the sentence's verb."""
    if found.kind not in STATED_KINDS:
        return False
    text = release.layout.clean
    left, _ = sentence_at(text, found.start)
    start = max(left, found.start - OCCASION_REACH)
    cut = max(text.rfind(mark, start, found.start) for mark in ",;:")
    start = max(start, cut + 1)
    fronted = FRONTED_CLAUSE_EN.match(text, start, found.start)
    if fronted is not None and not any(word.search(text, fronted.end(), found.start)
                                       for word in message_words):
        return True
    nouns = list(cues.pattern("message_occasion").finditer(text, start, found.start))
    if not nouns:
        return False
    return not any(word.search(text, nouns[-1].end(), found.start) for word in message_words)


# A clause put before the sentence's subject ("Since Xi Jinping was elected … on November 15,",
# "Following the death of … on October 27,", "After the congress opened on Sunday,"): it sets the
# scene of the main clause, so a day written in it is the scene's (the occasion's), and the message
# the main clause reports keeps a day of its own or none. Only at the clause's start (after a
# dateline's dash or the sentence's start), capitalised, as English fronts such a clause.
FRONTED_CLAUSE_EN = re.compile(r"\s*(?:[^,;:.]{0,40}?(?:--|—|–)\s*)?"
                               r"(?:Since|Following|After|Upon|In the wake of)\s")


# A message addressed to a gathering ("sent a congratulatory letter to the meeting", 向会议致贺信, and
# the same as a noun phrase, 致大会的贺信 "the letter to the congress"): it is read at the gathering,
# so the day the lead gives for the gathering's opening or holding is the message's own day (codebook,
# event_date: the first day of the exchange), not an occasion before it
TO_GATHERING = re.compile(
    r"向(?:本届|此次|这次|該次|该次)?"
    r"(?:会议|會議|大会|大會|论坛|論壇|峰会|峰會|研讨会|研討會|开幕式|開幕式)(?:发|發|致)"
    r"|致(?:本届|此次|这次|該次|该次)?"
    r"(?:会议|會議|大会|大會|论坛|論壇|峰会|峰會|研讨会|研討會|开幕式|開幕式)的"
    r"|\bto the (?:meeting|forum|summit|conference|seminar|symposium|opening(?: ceremony)?)\b",
    re.I)
GATHERING_HELD = re.compile(r"开幕|開幕|举行|舉行|召开|召開|"
                            r"\b(?:opened|was held|convened|kicked off)\b", re.I)
SPEECH_ZH = re.compile(r"(?:表示|指出|强调|強調|说|說|认为|認為|介绍|介紹)[，,:：]")


def recalled(release: Release, found: Found, search_from: int) -> bool:
    """Is this day one a speaker recalls, on a page whose lead gives its exchange no day?

    A lead that opens "Recently, Sun Haiyan met …" / "近日，孙海燕会见…" says the day is not given
    (rule 3: "recently", 近日 give no day); a day that follows in what the Chinese side said
    ("孙海燕表示，2024年11月20日，两国元首…会谈") is the subject of the talk, not its day."""
    if not release.zh:
        return False
    text = release.layout.clean
    first_left, first_right = sentence_at(text, search_from)
    if not cues.pattern("no_day").search(text, max(first_left, search_from), first_right):
        return False
    left, _ = sentence_at(text, found.start)
    return bool(SPEECH_ZH.search(text, left, found.start))


SAID_EN = re.compile(r"\b(?:said|says|noted|stressed|added|recalled|pointed out)\b")


def spoken_of(release: Release, found: Found) -> bool:
    """Is this day in what a speaker said or recalled ("Chen recalled that … President Lula's state
    visit on April 12th …", 陈州表示，…4月12日卢拉总统…国事访问)? A visit page's speakers recall what
    came before it; such a day is another event's, not one the page gives for the visit."""
    text = release.layout.clean
    left, _ = sentence_at(text, found.start)
    speech = SPEECH_ZH if release.zh else SAID_EN
    return bool(speech.search(text, left, found.start)) or recalled_event(release, found)


def names_exchange(release: Release, found: Found) -> bool:
    """Does the sentence of a "today" or "yesterday" report an exchange ("Xi also met Lula here
    today", 王毅今天还同…通电话)? Rule 2 takes the dateline's (or printed) day when the text says the
    exchange happened today; "Today, the two countries are important partners" / 今天，两国… after
    the lead, or anywhere in a joint statement ("Today, the world is undergoing profound changes"),
    says "nowadays", and with the publication day no longer a fallback it must not date a page whose
    text gives no day (cue ``exchange_mention``)."""
    text = release.layout.clean
    left, right = sentence_at(text, found.start)
    return bool(cues.pattern("exchange_mention").search(text, left, right))


def feature_day(release: Release, later: list[Found]) -> Found | None:
    """A newspaper's feature lead ("China and Brazil agreed to … as the two leaders met in Beijing")
    gives no day and the copy has no dateline; the paragraph after it often does, in the sentence
    that names the exchange ("During their talks on April 14, …"). That stated day is the exchange's
    (rule 1) rather than the printed one, when it is recent (a month at most before the report). Only
    the first day stated after the lead counts, and not one in what someone said ("Liu said that since
    the two presidents met on Nov. 20, …" recalls another exchange)."""
    text = release.layout.clean
    stated = [f for f in later if f.kind in ("date", "month_day")]
    if not stated:
        return None
    found = stated[0]
    if found.future or not recent(found, release):
        return None
    left, right = sentence_at(text, found.start)
    named = cues.pattern("exchange_mention").search(text, left, right)
    return found if named and not SAID_EN.search(text, left, found.start) else None


def exchange_day_below_lead(release: Release, search_from: int, later: list[Found]) -> Found | None:
    """A party page whose lead names no exchange of the page's kind (a long introduction of what the
    Chinese side said or did: "The IDCPC reviewed the past year's work …") and whose next paragraph
    reports it with its day ("In this context, Ma Hui spoke by telephone on February 8 with …"):
    that stated day is the exchange's (rule 1), and the dateline's day is only for a text that names
    no other (rule 2). Only the first sentence below the lead that names the exchange counts, its day
    written (a date or a weekday), recent, not announced and not in what someone said."""
    words = EXCHANGE_WORDS.get(release.record.event_type or "")
    if release.is_mfa or not words:
        return None
    text = release.layout.clean
    lead_end = release.layout.lead_end
    if any(cues.pattern(cue).search(text, search_from, lead_end) for cue in words):
        return None
    for found in later:
        left, right = sentence_at(text, found.start)
        if not any(cues.pattern(cue).search(text, left, right) for cue in words):
            continue
        if (found.kind in STATED_KINDS and not found.future and recent(found, release)
                and not in_what_was_said(text, found.start)):
            return found
        return None
    return None


def exchange_day(release: Release, events: list[Found]) -> Found | None:
    """A page about one meeting, talks, call or message is dated by the sentence that reports it,
    when the lead first gives the visit it happened during ("… is visiting China from May 6 to 12.
    On May 9, Guo met …"; 于5月6日至12日访华。9日，…会见) or the event that occasioned it ("After the
    earthquake of April 16, the IDCPC sent a message on April 18"). Of several sentences that report
    exchanges of the kind, the headline's is the first naming the headline's Chinese principal, else
    the first naming its LAC counterpart when the headline names one country (codebook: the record
    is the exchange the headline reports)."""
    words = EXCHANGE_WORDS.get(release.record.event_type or "")
    if len(events) < 2 or not (words or release.is_mfa):
        return None
    text = release.layout.clean
    # the headline's principal's exchange, reported after another's, or after a sentence on its
    # occasion that names no Chinese principal ("Fidel Castro died on November 25. On November 28,
    # Xi went to the Cuban Embassy to mourn him" under "Xi Jinping Goes to the Cuban Embassy …": a
    # foreign-ministry page of any type is about its Chinese principal's part)
    own = principal_sentence(release)
    if own is not None:
        inside = [f for f in events if own[0] <= f.start < own[1]]
        if inside:
            return inside[0]
    if not words:
        return None
    reports: list[tuple[int, int, Found]] = []
    for found in events:  # the sentences that name the exchange, each's day nearest the verb
        left, right = sentence_at(text, found.start)
        if reports and reports[-1][0] == left:
            continue
        verbs = [m.start() for cue in words for m in cues.pattern(cue).finditer(text, left, right)]
        if verbs:
            same = [f for f in events if left <= f.start < right]
            verb = min(verbs)  # the exchange's own word, not one repeated in what follows it
            reports.append((left, right, min(same, key=lambda f: abs(verb - f.start))))
    if not reports:
        return None
    # the headline's counterpart: "On November 18, Xi met the leaders of several countries. On November
    # 19, … he met President Milei of Argentina" under "Xi Jinping Meets Argentine President Milei"
    codes = headline_countries(release)
    if len(codes) == 1 and not names_counterpart(release, reports[0][0], reports[0][1], codes):
        # a first sentence that shares with the headline a name the later one lacks ("Wang Yi met
        # Mauro Vieira on March 5. On March 6 he met Brazil's vice president" under "… Meets
        # Brazilian Foreign Minister Mauro Vieira") is the headline's, though it names no country
        first = headline_words(release, *reports[0][:2])
        named = [found for left, right, found in reports[1:]
                 if names_counterpart(release, left, right, codes)
                 and first <= headline_words(release, left, right)]
        if named:
            return named[0]
    return reports[0][2]


def headline_words(release: Release, left: int, right: int) -> set[str]:
    """The capitalised words of an English headline (names, offices) that the sentence at
    ``left:right`` writes too, the headline's Chinese principal's name aside."""
    if release.zh or not release.title:
        return set()
    own = {w for m in release.mentions if m.label == CN_OFFICIAL and m.where == "title"
           for w in m.text.split()}
    sentence = set(CAPITALISED.findall(release.layout.clean, left, right))
    return {w for w in CAPITALISED.findall(release.title) if w not in own and w in sentence}


CAPITALISED = re.compile(r"\b[A-Z][\w'’-]{2,}")


def headline_countries(release: Release) -> set[str]:
    """The LAC countries the headline names (country codes)."""
    return {code for m in release.mentions if m.label == LAC_COUNTRY and m.where == "title"
            for code in m.ids}


def names_counterpart(release: Release, left: int, right: int, codes: set[str]) -> bool:
    """Does the sentence at ``left:right`` name an actor of one of these LAC countries: the country
    (its name or adjective, a place in it), or the head in office by a short name ("President Milei",
    米莱)?"""
    if any(m.label == LAC_COUNTRY and m.where == "text" and left <= m.start < right and codes & set(m.ids)
           for m in release.mentions):
        return True
    sentence = release.layout.clean[left:right]
    heads = [leader for leader in leaders_on(release.anchor) if leader.country in codes]
    return any(name in sentence for leader in heads for name in (*short_names(leader), *leader.zh))


def exchange_day_after_lead(release: Release, events: list[Found], later: list[Found]) -> Found | None:
    """A page about one meeting, talks or call whose lead gives only the span of the visit it happened
    during ("At the invitation of …, X is visiting China from June 16 to 20.", 应…邀请，…于9月8日至15日
    访华。), or only the guests' arrival day (…5月9日抵达北京。), and reports the exchange in the next
    sentence or paragraph ("On June 18, Wang Yi met with X", 13日，…会见代表团): the exchange's first
    day is the day of the first sentence after the lead that names it, within the visit's span (from
    the arrival, up to the report's day) — not the visit's first day (rule 4: a page headlined on one
    meeting during a visit is that meeting). A lead that names the exchange itself keeps its own day,
    unless the headline names a Chinese principal the lead does not (the lead reports another
    official's exchange with the same guests); when the headline names its Chinese principal, the
    sentence must be the one naming him."""
    words = EXCHANGE_WORDS.get(release.record.event_type or "")
    if not words or not events:
        return None
    text = release.layout.clean
    lead = (release.layout.lead_start, release.layout.lead_end)
    # the Chinese principal the headline names: another official's exchange during the visit ("On June
    # 17, Vice President Han Zheng met with him") is not the page's
    wanted = {m.entry.id: m.entry for m in release.mentions
              if m.label == CN_OFFICIAL and m.where == "title" and m.entry is not None}
    if any(cues.pattern(cue).search(text, *lead) for cue in words) and (
            not wanted or _names_official(release, *lead, wanted)):
        # a lead that reports the exchange keeps its day — unless it is another official's exchange
        # with the same guests ("On September 5th, Wang Huning met the delegation" under "Liu Jianchao
        # Holds Talks with …"): the headline's principal's comes after it
        return None
    # the visit's span, or from the day the lead gives (the guests' arrival: 5月9日抵达北京) to the
    # report's: an exchange the lead does not name is reported after it, on or after its day
    ends = [f.end_day for f in events if f.end_day is not None]
    last = max(ends) if len(ends) == len(events) else release.anchor
    if last is None:
        return None
    span = (min(f.day for f in events), last)
    for found in later:
        if found.future or found.kind == "report" or not span[0] <= found.day <= span[1]:
            continue
        left, right = sentence_at(text, found.start)
        if wanted and not _names_official(release, left, right, wanted):
            continue
        if any(cues.pattern(cue).search(text, left, right) for cue in words):
            return found
    return None


def _names_official(release: Release, left: int, right: int, wanted: dict[str, Official]) -> bool:
    """Does the passage at ``left:right`` name one of the ``wanted`` Chinese officials, in full or
    (English) by title and surname?"""
    named = any(m.label == CN_OFFICIAL and m.where == "text" and m.entry is not None
                and m.entry.id in wanted and left <= m.start < right for m in release.mentions)
    return named or _named_by_surname(release, left, right, list(wanted.values()))


def _named_by_surname(release: Release, left: int, right: int, officials: list[Official]) -> bool:
    """Does this English sentence name one of ``officials`` again by title and surname ("On the
    afternoon of October 25, President Xi held talks with President Petro")? An English page names a
    Chinese leader in full once and by surname after; Chinese names put the surname first."""
    if release.zh:
        return False
    sentence = release.layout.clean[left:right]
    return any(re.search(rf"\b{re.escape(o.name_en.split()[0])}\b", sentence)
               for o in officials if isinstance(o, Official) and o.name_en)
