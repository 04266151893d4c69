"""The passages the event_type rules read (the title, the lead, the text before and after it), and
on IDCPC pages the words in them blanked that name no exchange of the page: a standing body's name
with no meeting of it, a video link that is how the CPC side attended a ceremony, an event someone
said or promised something about, one a message speaks of, the hosts briefing a visiting
delegation, a delegation briefing the people it met.

Apart from the rules because the blanking is one job done before any rule reads a passage: each
blanked word keeps its length (same offsets), so the rules' evidence spans still point at the page.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import PLATFORM
from nlp.release import Release
from nlp.schema import Span
from nlp.sentences import sentence_at
from nlp.steps.country import SPEAKER_AFTER_EN, quoted_in_title
from nlp.steps.event_type_rules import EVENT_KINDS, FUTURE_BEFORE
from nlp.steps.event_type_visits import tour_abroad
from nlp.topic_clauses import in_what_was_said


def passages_read(release: Release) -> list[tuple[str, str, int]]:
    """(where, text, offset) for the title, the lead, and the text around the lead."""
    clean = release.layout.clean
    start, end = release.layout.lead_start, release.layout.lead_end
    before = max(0, start - 400)
    passages = [("title", release.title, 0), ("text", clean[start:end], start),
                ("text", clean[before:start], before), ("text", clean[end:end + 1000], end)]
    if release.is_mfa:
        return passages
    met = any(cues.pattern("meeting").search(passages[i][1]) for i in (1, 3))  # in the lead or after it
    blanked = [(where, _manner_blanked(_bodies_blanked(release, where, text, offset)), offset)
               for where, text, offset in passages]
    said = [(where, _said_blanked(release, where, text, met), offset) for where, text, offset in blanked]
    if tour_abroad(release, passages):
        said = [(where, _briefed_at_meetings_blanked(_hosts_briefing_blanked(text)), offset)
                for where, text, offset in said]
    return [(where, _written_blanked(text), offset) if where == "text" else (where, text, offset)
            for where, text, offset in said]


def _hosts_briefing_blanked(text: str) -> str:
    """On a CPC delegation's visit abroad, the hosts briefing the visitors ("who briefed it on the
    campaign", cue ``briefs_the_visitors``) blanked: a briefing (rule 2) is the CPC side presenting
    its meeting or policy to foreign parties, not the CPC side being told the hosts' affairs."""
    chars = None
    for match in cues.pattern("briefs_the_visitors").finditer(text):
        chars = chars or list(text)
        chars[match.start():match.end()] = " " * (match.end() - match.start())
    return text if chars is None else "".join(chars)


# "met party leaders and briefed them on …": the verb "brief" joined to a meeting verb before it in one
# sentence, by "and" (or a comma), with the people met as its object
BRIEFED_AT_MEETING = re.compile(r"(?:\band|,)\s+(?:also\s+)?brief(?:ed|s)?\s+(?:them|him|her|the\s+hosts)\b",
                                re.I)
# what a briefing trip presents: a CPC meeting (its congress, a plenum, the Two Sessions, their "spirit")
CPC_MEETING_BRIEFED = re.compile(r"\b(?:Congress|[Pp]lenary|[Pp]lenum|[Ss]pirit|Two Sessions)\b")


def _briefed_at_meetings_blanked(text: str) -> str:
    """On a CPC delegation's visit abroad, the delegation briefing the people it met, told in the
    sentence of those meetings ("In each country the delegation met party leaders and briefed them on
    China's development"): what the visitors said at the meetings, not a briefing held as an event
    of its own (rule 2's 宣介会, "briefing session"), so the page stays the visit (rule 4). A briefing
    named as an event ("held a briefing session") and one presenting a CPC meeting ("briefed them on
    the 19th Party Congress", what a briefing trip is for; the Chinese cue asks as much) keep their
    word."""
    meeting = cues.pattern("meeting")
    chars = None
    for match in BRIEFED_AT_MEETING.finditer(text):
        left, right = sentence_at(text, match.start())
        if (meeting.search(text, left, match.start()) is None
                or CPC_MEETING_BRIEFED.search(text, match.end(), right)):
            continue  # no meeting before it, or a briefing trip's CPC meeting presented (rule 2)
        chars = chars or list(text)
        chars[match.start():match.end()] = " " * (match.end() - match.start())
    return text if chars is None else "".join(chars)


def _written_blanked(text: str) -> str:
    """The passage with the words of rule 2's events blanked where they are what a message the
    passage reported before them says ("sent a letter to the CPC on June 29 …. In the letter, she
    recalled that Lula attended the BRICS summit", 贺信回顾了…论坛): a letter's content is a topic,
    and the letter is the exchange (rule 1 types a page by an event it reports). An event named
    before any message word ("sent a congratulatory letter to the seminar, which opened …") or not
    in what was said keeps its word."""
    first_message = cues.pattern("idcpc.message").search(text)
    if first_message is None:
        return text
    chars: list[str] | None = None
    for kind, pattern in cues.rules("idcpc"):
        if kind not in EVENT_KINDS:
            continue
        for match in pattern.finditer(text, first_message.end()):
            left, _ = sentence_at(text, match.start())
            if SPEECH_SETTING.search(text, left, match.start()):
                continue
            if not (in_what_was_said(text, match.start()) or _topic_setting(text, left, match)
                    or THANKED_FOR.search(text, left, match.start())):
                continue
            chars = chars if chars is not None else list(text)
            chars[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(chars) if chars is not None else text


# an event named as where someone else put forward or delivered what a message is about ("expressing
# support for the initiative put forward by Xi Jinping at the … High-level Meeting", "hailing the
# speech delivered by … at", "Xi's speech at", 支持…在…对话会上提出的倡议): the setting of the topic
TOPIC_SETTING_BEFORE = re.compile(
    r"(?:\b(?:put forward|proposed|raised|launched|announced|delivered|made|given|unveiled)\s+by\b"
    r"[^.,;:]{0,60}|['’]s\s+(?:keynote\s+|important\s+)?(?:speech|address|remarks))\s+"
    r"(?:at|during)\b[^.,;:]{0,70}$|在[^。，；、]{0,30}$", re.I)
TOPIC_SETTING_AFTER_ZH = re.compile(r"^[^。，；]{0,12}?上(?:提出|发表|宣布|所作|作出?|"
                                    r"的(?:重要|主旨)?(?:讲话|演讲|致辞))")


# what a message of thanks thanks for ("a letter of thanks to the IDCPC for the seminar materials it
# shared", "thanking the CPC for hosting its cadres' training course", 感谢中方为其举办研修班): an earlier
# exchange the message recalls, not one the page reports (rule 1: the message is the exchange); up to the
# event word in its clause
THANKED_FOR = re.compile(r"(?:\b(?:thanks?|thank(?:ed|ing)|gratitude|grateful|appreciation)\b[^.;:]{0,80}?"
                         r"\bfor\b[^.;:]{0,50}|(?:感谢|致谢|谢意)[^。；]{0,40})$", re.I)


def _topic_setting(text: str, left: int, match: re.Match[str]) -> bool:
    """Is the event word at ``match`` (after a message word) the setting of something the message
    is about, an initiative or a speech someone put forward there, rather than an event the page
    reports (rule 1: a message has no event around it)?"""
    before = TOPIC_SETTING_BEFORE.search(text, left, match.start())
    if before is None:
        return False
    if before.group(0).startswith("在"):
        return TOPIC_SETTING_AFTER_ZH.search(text[match.end():]) is not None
    return True


# a participle that opens what the subject of a meeting clause said or promised ("met with …,
# pledging more cadre training programs", "…, calling for closer dialogue")
SPEECH_PARTICIPLE = re.compile(r",\s*(?:saying|pledging|vowing|promising|calling for|expressing|stressing|"
                               r"noting|adding|hoping)\b", re.I)


def _title_position(release: Release, where: str, text: str, at: int) -> int | None:
    """Where ``at`` falls in the headline: in the title itself, or on the line of a copy that prints
    the headline again above its lead (an agency copy's furniture); None elsewhere."""
    if where == "title":
        return at
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end != -1 else len(text)]
    head = line.strip()
    if not head or head != release.title.strip():
        return None
    return at - start - (len(line) - len(line.lstrip())) + (len(release.title) - len(release.title.lstrip()))


# the setting of a speech told after it ("said … when addressing a seminar", "… at the opening of")
SPEECH_SETTING = re.compile(r"\b(?:when|while|as)\s+(?:he\s+|she\s+|they\s+)?(?:address|attend|speak|deliver|"
                            r"open|host|chair|presid)\w*|\bat the (?:opening|closing|launch)\b", re.I)
# words of a promise or an intention ("is ready to deepen cooperation within the … Forum", 中方愿…)
PROMISE = re.compile(r"\b(?:ready|willing|will|would|shall|hopes?|vows?|pledges?)\b|愿|願|希望|期待", re.I)


def _said_blanked(release: Release, where: str, text: str, met: bool) -> str:
    """The passage with the words of rule 2's events blanked where they are what someone said or
    promised about a meeting, not the exchange (rule 2 names events the page reports): in a headline
    that quotes a speaker ("中联部部长：愿在中拉政党论坛框架下深化合作", "CPC ready to … under the
    China-CELAC forum: official", "…, says official") or in words a sentence then gives to a speaker
    ("The CPC is ready to … within the framework of the … Forum, a senior CPC official said"), on a
    page whose lead or the text after it reports a meeting (``met``), as are a headline's or a speaker's
    promise ("中方愿为…举办更多干部研修班", "刘建超表示，中方愿同古方办好理论研讨会"); and in a sentence
    that reports a meeting before them, after its speech verb ("会见…时表示，…愿在…论坛框架下", "met
    with …, pledging more cadre training programs"). The meeting is then the exchange (rule 4)."""
    chars: list[str] | None = None
    for kind, pattern in cues.rules("idcpc"):
        if kind not in EVENT_KINDS:
            continue
        for match in pattern.finditer(text):
            if _said_of(release, where, text, match, met):
                chars = chars if chars is not None else list(text)
                chars[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(chars) if chars is not None else text


def _said_of(release: Release, where: str, text: str, match: re.Match[str], met: bool) -> bool:
    """Is this event word what someone said (see ``_said_blanked``)?"""
    in_title = _title_position(release, where, text, match.start())
    if in_title is not None:
        span = Span(in_title, in_title + match.end() - match.start(), match.group(), "title")
        promised = PROMISE.search(release.title, 0, in_title) is not None
        return met and (promised or quoted_in_title(release, span))
    left, right = sentence_at(text, match.start())
    if SPEECH_SETTING.search(text, left, match.start()):
        return False  # "said … when addressing a seminar": the event is where it was said
    if met and PROMISE.search(text, left, match.start()) and (
            in_what_was_said(text, match.start())
            or (not release.zh and SPEAKER_AFTER_EN.match(text[match.end():right]))):
        return True  # a promise someone made ("刘建超表示，中方愿…", "… is ready to …, an official said")
    meeting = cues.pattern("meeting").search(text, left, match.start())
    if meeting is None:
        return False
    return in_what_was_said(text, match.start()) or SPEECH_PARTICIPLE.search(
        text, meeting.end(), match.start()) is not None


def _manner_blanked(text: str) -> str:
    """The passage with the words of a video link blanked in a sentence where the CPC side attends
    or addresses a congress, a celebration or a ceremony (``attend_event``): "addressed via video
    the ceremony marking …", 以视频连线方式出席…庆祝活动: the video is how the CPC side took part
    in that event, not a conversation of two sides (rule 3), so the event is what the page reports.
    An event someone "will attend" or came "to attend" is no such sentence."""
    video = cues.pattern("idcpc.video_call")
    if not video.search(text):
        return text  # most passages name no video link: the event cue is not asked
    attended = [sentence_at(text, m.start()) for m in cues.pattern("attend_event").finditer(text)
                if not FUTURE_BEFORE.search(text[max(0, m.start() - 20):m.start()])]
    if not attended:
        return text
    chars = list(text)
    for left, right in dict.fromkeys(attended):
        for call in video.finditer(text, left, right):
            chars[call.start():call.end()] = " " * (call.end() - call.start())
    return "".join(chars)


# A meeting of a body: "the São Paulo Forum held its 25th meeting", 圣保罗论坛第25届会议开幕
BODY_NEAR = 20
BODY_MEETS = re.compile(r"\b(?:held|holds?|hosted|opened|opens|convened|meeting|session|encuentro|"
                        r"conference|congress|assembly|gathering|attend\w*)\b|举行|举办|开幕|召开|会议|年会|大会|"
                        r"出席|参加", re.I)


def _bodies_blanked(release: Release, where: str, text: str, offset: int) -> str:
    """The passage with the names of standing bodies blanked, unless a meeting of the body is named
    next to it: a letter from the São Paulo Forum is a message, its name no forum (rule 2 names
    events), while "the São Paulo Forum held its 25th meeting" is the forum."""
    bodies = [m for m in release.mentions
              if m.label == PLATFORM and getattr(m.entry, "body", False) and m.where == where
              and offset <= m.start and m.end <= offset + len(text)]
    of_parties = {(m.start - offset, m.end - offset) for m in bodies
                  if getattr(m.entry, "kind", "") == "party" and not release.zh}
    spans = [(m.start - offset, m.end - offset) for m in bodies] + _back_references(release, text)
    chars = list(text)
    # a meeting word inside another body's name ("拉美和加勒比政党常设大会", "Permanent Conference of
    # Political Parties") is no meeting of the body beside it ("the São Paulo Forum and COPPPAL sent")
    names = list(text)
    for a, b in spans:
        names[a:b] = " " * (b - a)
    unnamed = "".join(names)
    message = cues.pattern("idcpc.message")
    for a, b in spans:
        left, right = max(0, a - BODY_NEAR), min(len(text), b + BODY_NEAR)
        said = message.search(text, b, right)  # what a message is about is no meeting of the body
        right = said.start() if said else right
        left = max([m.end() for m in message.finditer(text, left, a)], default=left)
        if not BODY_MEETS.search(unnamed, left, right):
            chars[a:b] = " " * (b - a)
        elif ((a, b) in of_parties and b - a >= len(PARTIES_MEETING)
              and (BODY_MEETS.search(text, left, a) or BODY_MEETS.search(text, b, right))):
            # a meeting of a conference of parties (COPPPAL's plenary, the 25th meeting of the Foro de
            # São Paulo) is a named multi-party conference, a forum (rule 2), whatever the body's name
            # says in its own words (English; a Chinese name says 论坛 or 大会 itself). The meeting's
            # word is outside the name: the "Conference" of COPPPAL's own name is none
            chars[a:b] = PARTIES_MEETING + " " * (b - a - len(PARTIES_MEETING))
    return "".join(chars)


PARTIES_MEETING = "forum"  # the word rule 2 reads a multi-party conference by


def _back_references(release: Release, text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that call a standing body the page names by its head noun again ("thanking
    it for the congratulations on the Forum's 30th anniversary", 该论坛): the body, not an event."""
    heads: set[str] = set()
    for m in release.mentions:
        if m.label == PLATFORM and getattr(m.entry, "body", False):
            names = m.entry.aliases.get("zh", []) if release.zh else [m.entry.canonical]
            # the head noun: "Forum" of "São Paulo Forum", "Conference" of "Permanent Conference of …"
            heads.update(name[-2:] if release.zh else re.split(r"\s+(?:of|for)\s+", name)[0].split()[-1]
                         for name in names if name)
    if not heads:
        return []
    alternation = "|".join(re.escape(h) for h in sorted(heads))
    pattern = rf"(?:该|該)(?:{alternation})" if release.zh else rf"\bthe\s+(?:{alternation})\b"
    return [(found.start(), found.end()) for found in re.finditer(pattern, text)]
