"""The foreign ministry's lead as the event_type rules read it: which exchange the lead's own words
report (the main clause's first exchange word, a Chinese lead's first sentence naming one, the
sentence of the headline's Chinese principal), and the call that qualifies it ("held talks … via
video link", a congratulation conveyed in a phone call).

Apart from the foreign-ministry rules (``event_type_mfa``) because the codebook splits the work:
the headline picks the exchange, the text's own word gives its type. This module is the second
half; the event date reads the principal's sentence too (``nlp/steps/dates/exchange.py``).
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.event_type_rules import CALLS, FUTURE_BEFORE, VISIT_KINDS, first_rule_match


def call_conveying(lead: str) -> tuple[str, re.Match[str]] | None:
    """The phone or video call by which a headline's or a lead's first exchange was conveyed ("held a
    phone call with X, congratulating him", "congratulated X in a phone conversation", "Extends
    Sympathies to X in Phone Call", 同…通电话，…表示慰问), when its sentence names no message, letter or
    cable carrying it (``message_carrier``): under a headline naming the congratulation, the text's
    own word for that exchange gives its type (codebook)."""
    words = tuple((kind, pattern) for kind, pattern in cues.rules("mfa")
                  if kind in CALLS or kind == "message")
    found = [(kind, match) for kind, pattern in words if (match := pattern.search(lead))]
    if not found:
        return None
    left, right = sentence_at(lead, min(m.start() for _, m in found))
    calls = [(kind, m) for kind, pattern in words if kind in CALLS
             for m in [pattern.search(lead, left, right)] if m is not None]
    if not calls or cues.pattern("message_carrier").search(lead, left, right):
        return None
    return min(calls, key=lambda f: f[1].start())


FACE_TO_FACE = ("talks", "meeting")


STATEMENT = frozenset({"joint_statement"})


def principal_sentence(release: Release) -> tuple[int, int] | None:
    """The sentence of the lead (or the paragraph after it) that first names the Chinese official
    the headline names, when it is not the lead's first sentence: there the headline's exchange is
    reported."""
    wanted = {m.entry.id for m in release.mentions
              if m.label == CN_OFFICIAL and m.where == "title" and m.entry is not None}
    if not wanted:
        return None
    text = release.layout.clean
    start, end = release.layout.lead_start, min(len(text), release.layout.lead_end + 600)
    for m in sorted(release.mentions, key=lambda m: m.start):
        if m.label == CN_OFFICIAL and m.where == "text" and m.entry is not None and start <= m.start < end:
            if m.entry.id not in wanted:
                continue
            left, right = sentence_at(text, m.start)
            if left <= start:
                return None  # the lead's first sentence already names the headline's principal
            return left, right
    return None


def lead_word(release: Release,
               passages: list[tuple[str, str, int]]) -> tuple[str, str, int, re.Match[str]] | None:
    """The lead's own word for a face-to-face exchange: the first of "held talks" and "met" — in the
    sentence naming the headline's Chinese principal, when the lead first reports another's
    ("Xi held talks with Lula. … Premier Li Qiang met Lula" under "Li Qiang Meets Lula"). In English
    a word in a clause beside the main one recalls another exchange ("after his talks with the
    Guyanese FM, Wang Yi met the CARICOM Secretary-General", ``SIDE_CLAUSE_EN``): it counts only when
    the main clause has none ("During their talks, Xi said …")."""
    where, text, offset = passages[1]
    own = principal_sentence(release)
    if own is not None:
        text, offset = release.layout.clean[own[0]:own[1]], own[0]
    readings = [text] if release.zh else [SIDE_CLAUSE_EN.sub(lambda m: " " * len(m.group()), text), text]
    options: list[tuple[int, str, re.Match[str]]] = []
    for reading in readings:
        options = [(m.start(), kind, m) for kind in FACE_TO_FACE
                   if (m := cues.pattern(f"mfa.{kind}").search(reading)) is not None]
        if options:
            break
    if not options:
        return None
    _, kind, match = min(options, key=lambda o: o[0])
    return kind, where, offset, match


# a visit named as the time of the lead's news: "…, as the Chinese leader made the first state visit"
VISIT_AS_SETTING = re.compile(r"\b(?:as|while|when)\s+(?:the|his|her|he|she|they)\b[^,;.]*$", re.I)


def exchange_after_visit_setting(release: Release, lead: str, found: tuple[str, re.Match[str]],
                                  passages: list[tuple[str, str, int]]) -> tuple[str, re.Match[str]] | None:
    """The exchange the paragraph after an English lead names, when the headline names none ("Xi,
    Pena Nieto lift ties to …"), the lead's main clause reports only an outcome ("agreed on Tuesday
    to upgrade ties") and its one exchange word is a visit named as the time of it ("…, as the
    Chinese leader made the first state visit to Mexico"): the visit is the setting, and the next
    paragraph's "The two presidents held talks" is the text's own word for the exchange in which the
    outcome was reached (codebook, event_type: foreign ministry)."""
    kind, match = found
    if kind not in VISIT_KINDS:
        return None
    left, _ = sentence_at(lead, match.start())
    if not VISIT_AS_SETTING.search(lead, left, match.start()):
        return None
    after = passages[3][1]
    _, right = sentence_at(after, len(after) - len(after.lstrip()))
    found_after = lead_main_exchange(release, after[:right], frozenset(VISIT_KINDS) | STATEMENT)
    if found_after is None or found_after[0] not in FACE_TO_FACE:
        return None
    return found_after


def lead_call(passages: list[tuple[str, str, int]]) -> tuple[str, re.Match[str]] | None:
    """A call's word in a lead that has no word for a face-to-face exchange, under a headline whose
    word is one ("PM Holness Holds Talks With Chinese Premier" over "spoke by telephone on Monday
    with Premier Li Qiang"): headlines say "talks" of a conversation by phone as well, and the
    text's own word gives the type (codebook, event_type: foreign ministry)."""
    rules = dict(cues.rules("mfa"))
    lead = passages[1][1]
    found = [(m.start(), call, m) for call in DISTANCE if (m := rules[call].search(lead)) is not None]
    if not found:
        return None
    _, call, match = min(found, key=lambda f: f[0])
    return call, match


# English words that open a clause or phrase beside the lead's main one: a relative clause ("…, who
# arrived in Beijing on Sunday for a state visit"), a phrase of time ("following their phone
# conversation last month", "since a phone call in January", "upon arrival") and thanks for an
# earlier act ("thanked her for the congratulatory message she sent"). Each runs to the next comma,
# semicolon or full stop.
SIDE_CLAUSE_EN = re.compile(
    r",\s*(?:who|whom|whose|which|where)\b[^,;.]*|"
    r"\b(?:following|after|since|before|ahead of|upon|during)\b[^,;.]*|"
    r"\bthank(?:s|ed|ing)?\b[^,;.]*?\bfor\b[^,;.]*", re.I)
# the kinds whose word in a lead reports an exchange of its own; "state visit", "welcome ceremony"
# name the setting of one and compete only by the rules' order
LEAD_KINDS = ("message", "phone_call", "video_call", "arrival", "talks", "meeting")
DISTANCE = ("phone_call", "video_call")


def lead_main_exchange(release: Release, text: str,
                        skip: frozenset[str]) -> tuple[str, re.Match[str]] | None:
    """The exchange an English lead's main clause reports, under a headline with no exchange word
    of its own ("Xi says China, Honduras to write new chapter …", "China, Guyana agree …").

    The codebook takes the type from the text's own word for the exchange the page reports; in a
    lead that word is the first exchange verb of the main clause ("Xi … held talks with Castro"),
    not a word in a clause beside it ("…, who arrived … for a state visit", "following their phone
    conversation last month", "and thanked her for the congratulatory message"): those recall
    other exchanges. So the side clauses are blanked and the first exchange word left wins, not the
    first kind in the rules' order. A call's word in the same clause qualifies talks or a meeting
    ("held talks over the phone with", "met … via video link"). Chinese leads are read by the rules'
    order within their first sentence that names an exchange (``_first_sentence_exchange_zh``). None
    when no word is left outside the side clauses."""
    if release.zh:
        return _first_sentence_exchange_zh(text, skip)
    blanked = SIDE_CLAUSE_EN.sub(lambda m: " " * len(m.group()), text)
    rules = dict(cues.rules("mfa"))
    options = []
    for kind in LEAD_KINDS:
        if kind in skip:
            continue
        for match in rules[kind].finditer(blanked):
            before = blanked[max(0, match.start() - 20):match.start()]
            if kind in FACE_TO_FACE and FUTURE_BEFORE.search(before):
                continue  # "will hold talks": announced, not held
            options.append((match.start(), kind, match))
            break
    if not options:
        return None
    _, kind, match = min(options, key=lambda o: o[0])
    if kind in FACE_TO_FACE:
        call = at_distance(blanked, match, zh=False)
        if call is not None:
            return call
    return kind, match


SENTENCE_END_ZH = re.compile(r"[。！？!?\n]")


def _first_sentence_exchange_zh(text: str, skip: frozenset[str]) -> tuple[str, re.Match[str]] | None:
    """The exchange a Chinese lead reports, under a headline with no exchange word of its own: the
    rules' order decides within the lead's first sentence that names an exchange (there the modifiers
    come before the verb they qualify: 同来华进行国事访问的…举行会谈 is talks), not over the whole lead.
    A message named in a later sentence (韩正会见巴西外长维埃拉。韩正感谢卢拉总统日前致电祝贺…;
    …举行会谈。…转交了…贺信) is what was said or handed over at the exchange the first sentence
    reports, as in an English lead's side clause."""
    rules = tuple((kind, pattern) for kind, pattern in cues.rules("mfa") if kind in LEAD_KINDS)
    start = 0
    for edge in [*SENTENCE_END_ZH.finditer(text), None]:
        end = edge.end() if edge else len(text)
        for kind, pattern in rules:
            if kind in skip:
                continue
            for match in pattern.finditer(text, start, end):
                before = text[max(0, match.start() - 20):match.start()]
                if kind in FACE_TO_FACE and FUTURE_BEFORE.search(before):
                    continue  # 将举行会谈: announced, not held
                return kind, match
        start = end
    return None


def untitled_exchange(release: Release, text: str, skip: frozenset[str],
                       found: tuple[str, re.Match[str]]) -> tuple[str, re.Match[str]]:
    """The exchange of a page with no headline: the first one the text reports (codebook: "with no
    headline …, the first exchange with LAC actors the text reports"), read as under a headline with
    no exchange word (the lead's main clause, a Chinese lead's first sentence naming one), not the
    first kind in the rules' order ("met with Vieira. Vieira thanked China for the congratulatory
    message" is the meeting; "held talks … The two sides issued a joint statement" the talks). A
    joint statement's name standing before the lead's exchange word is the page's own heading: the
    page is the statement's text."""
    main = lead_main_exchange(release, text, skip)
    if main is None or (found[0] == "joint_statement" and found[1].start() < main[1].start()):
        return found
    return main


CLAUSE_EDGE_EN = re.compile(r"[,;.]")
HEADLINE_CLAUSE_EDGE = re.compile(r"[,;:，；：]")
HEADLINE_CLAUSE_EDGE_ZH = re.compile(r"[,;:，；：\s\u3000]")  # a Chinese headline's clauses: also a space
CLAUSE_EDGE_ZH = re.compile(r"[，,；;。]")


def at_distance(text: str, match: re.Match[str], zh: bool) -> tuple[str, re.Match[str]] | None:
    """A call's word in the clause of a lead's "held talks" or "met" qualifies it: "held talks with
    … via video link", "举行视频会谈" are a conversation by video (codebook: ``video_call``,
    ``phone_call``), not a face-to-face exchange. English puts the manner after the verb, up to the
    clause's end, or before the noun ("a video meeting"); Chinese before it, from the clause's start."""
    rules = dict(cues.rules("mfa"))
    if zh:
        edges = [m.end() for m in CLAUSE_EDGE_ZH.finditer(text, 0, match.start())]
        start, end = (edges[-1] if edges else 0), match.end()
    else:
        edge = CLAUSE_EDGE_EN.search(text, match.end())
        start, end = match.start(), (edge.start() if edge else len(text))
        # the face word inside the call's own name ("held a video meeting with", "virtual talks"):
        # the meeting was the call, its words opening before the face word's
        for call in DISTANCE:
            for by in rules[call].finditer(text, max(0, match.start() - 20), match.end()):
                if by.start() < match.start() < by.end():
                    return call, by
    for call in DISTANCE:
        by = rules[call].search(text, start, end)
        if by is not None:
            return call, by
    return None


def face_before_call(title: str, found: tuple[str, re.Match[str]],
                      zh: bool = False) -> tuple[str, re.Match[str]]:
    """The headline's exchange when its rule-order first is a call: "Xi Meets Peruvian President, Two
    Heads of State Attend Port Inauguration via Video Link" — a call's word in a later clause of the
    headline qualifies that clause's act, and the headline's first exchange, face to face, is the news
    ("Holds Talks with … via Video Link" in one clause stays a call). Chinese headlines part their
    clauses with a space as well (习近平同秘鲁总统会谈 两国元首视频连线出席开港仪式)."""
    kind, match = found
    if kind not in CALLS:
        return found
    face = first_rule_match(tuple(r for r in cues.rules("mfa") if r[0] in FACE_TO_FACE), title,
                  not_future=frozenset(FACE_TO_FACE))
    edge = HEADLINE_CLAUSE_EDGE_ZH if zh else HEADLINE_CLAUSE_EDGE
    if face is not None and face[1].end() <= match.start() and edge.search(
            title, face[1].end(), match.start()):
        return face
    return found
