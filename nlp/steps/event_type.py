"""Event type in the codebook's vocabulary, by the codebook's decision rules.

The words for each kind live in ``nlp/gazetteer/cues.json`` (``idcpc.*`` and ``mfa.*``, in order
of precedence). The title is read first, then the lead, then the paragraph around it.

IDCPC (party exchanges), in the rules' order of precedence:

1. a page that reports a course, seminar, forum, dialogue, briefing or field trip takes that
   type, also when the CPC side's part was a letter or a video address to it;
2. a conversation of the two sides by video or phone is a call;
3. a headline that is one meeting ("X meets Y", 会见) is a meeting, also during a visit and also
   when Y is a study group or a course's participants (the content rule makes that meeting a
   knowledge exchange);
4. in the text, the first of a meeting, a delegation's visit as a whole, a message and an event
   of point 5 is the exchange the page reports ("met with X during his visit to Cuba" is a
   meeting; "a delegation visited Cuba ... and met" is the visit); a visit named only as the
   setting ("during his visit to") or a LAC dateline makes the page a visit only when nothing
   else names the exchange;
5. a LAC party's congress, celebration or ceremony the CPC side attends or addresses (by video
   too: the link is how it took part, no call; or by a message sent to the ceremony) is that
   event, none of rule 2's formats: "other" (rule 1: a message has no event around it);
6. an event word that is what someone said or promised about a meeting (a headline quoting a
   speaker, 中方愿为…举办研修班, "met …, pledging more cadre training") names no event of the page
   (``_said_blanked``): the meeting is the exchange.

Foreign ministry: the headline picks the exchange and the text's own word gives its type; a
meeting on the sidelines is one during a summit or conference the page names ("on the
sidelines", "who is here for the … forum"), or a meeting datelined in a third country.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp import cues, dates
from nlp.dates import DATELINE_EN
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY, PLATFORM, Official
from nlp.release import Mention, Release
from nlp.schema import Span
from nlp.steps.country import RUBRIC, SPEAKER_AFTER_EN, SPEAKER_FIRST_EN, SPEAKER_FIRST_ZH, quoted_in_title
from nlp.steps.event_setting import own_event
from nlp.steps.mechanism import STATE_SUMMITS
from nlp.text import in_what_was_said, sentence_at, sentence_ends

NAME = "event_type"

FOCUS_ONLY = frozenset({"arrival"})  # the Chinese principal's arrival is the news only in the title or lead
VISIT_KINDS = frozenset({"state_visit", "official_visit"})
FUTURE_BEFORE = re.compile(r"(?:\bwill|\bto|\bexpected to|将|將|拟|擬)\s*(?:also\s+)?$", re.I)
CHINESE_CITIES = re.compile(
    r"^(?:Beijing|Shanghai|Tianjin|Chongqing|Guangzhou|Shenzhen|Hangzhou|Nanjing|Suzhou|Xiamen|Fuzhou|"
    r"Qingdao|Dalian|"
    r"Chengdu|Wuhan|Changsha|Kunming|Nanning|Haikou|Sanya|Boao|Xi'an|Xian|Harbin|Shenyang|Jinan|Zhengzhou|"
    r"Hefei|"
    r"Urumqi|Lhasa|Yan'an|Guiyang|Lanzhou|Hong Kong|Macao|Macau|Tianjin|"
    r"北京|上海|天津|重庆|重慶|广州|廣州|深圳|杭州|南京|苏州|蘇州|厦门|廈門|福州|青岛|青島|大连|大連|成都|"
    r"武汉|武漢|长沙|長沙|"
    r"昆明|南宁|南寧|海口|三亚|三亞|博鳌|博鰲|西安|哈尔滨|哈爾濱|沈阳|瀋陽|济南|濟南|郑州|鄭州|合肥|"
    r"乌鲁木齐|烏魯木齊|"
    r"拉萨|拉薩|延安|贵阳|貴陽|兰州|蘭州|香港|澳门|澳門)$",
    re.I,
)


def _passages(release: Release) -> list[tuple[str, str, int]]:
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
    if _tour_abroad(release, passages):
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


def _first(rules: tuple[tuple[str, re.Pattern[str]], ...], text: str, skip: frozenset[str] = frozenset(),
           not_future: frozenset[str] = frozenset()) -> tuple[str, re.Match[str]] | None:
    """The first rule (in priority order) with a match; a match announced for later ("will hold
    talks") does not count for the kinds in ``not_future``."""
    for kind, pattern in rules:
        if kind in skip:
            continue
        for match in pattern.finditer(text):
            if kind in not_future and FUTURE_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
                continue
            return kind, match
    return None


def _call_conveying(lead: str) -> tuple[str, re.Match[str]] | None:
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


def dateline_city(release: Release) -> str | None:
    span = release.layout.dateline
    if span is None:
        return None
    head = release.layout.clean[span[0]:span[1]]
    if release.zh:
        found = re.search(r"(?:社|网|網|台|报|報)([\u4e00-\u9fff]{1,12}?)\d", head)
        return _after_reporter(release, found.group(1)) if found else None
    found = re.match(r"\s*([A-Za-z .'’\-]+?)\s*,", head)
    if found:
        return found.group(1).strip()
    bare = DATELINE_EN.match(head)  # "Havana November 1st--": the old IDCPC pages write no comma
    city = dates.dateline_city(bare) if bare else None
    return city.strip() if city else None


REPORTER_ZH = re.compile(r"^(?:记者|記者)")


def _after_reporter(release: Release, city: str) -> str | None:
    """A Chinese dateline's place after the reporter it may credit first (中央社記者林克倫里約熱內盧19日專電,
    中央社記者張三北京8日專電): a Chinese name of three characters or two, whichever leaves a place the
    tables know (a Chinese city, a newsroom, a country's name or place); else the three-character one."""
    if not REPORTER_ZH.match(city):
        return city if len(city) <= 8 else None
    rest = city[2:]
    options = [rest[n:] for n in (3, 2) if len(rest) - n >= 2]
    for place in options:
        if (CHINESE_CITIES.match(place) or cues.pattern("newsroom_city").match(place)
                or release.gazetteer.country_by_name(place) is not None):
            return place
    return options[0] if options else None


def _dateline_country(release: Release) -> str | None:
    """The LAC country of the dateline city, 'CN' for a Chinese city, 'other' for a third country."""
    city = dateline_city(release)
    if not city:
        return None
    if CHINESE_CITIES.match(city):
        return "CN"
    if cues.pattern("newsroom_city").match(city):
        return None
    span = release.layout.dateline
    for m in release.of(LAC_COUNTRY):
        if m.where == "text" and span and span[0] <= m.start < span[1]:
            return m.entry.id
    country = release.gazetteer.country_by_name(city)
    if country is None and city.casefold().replace("é", "e") in SHARED_CAPITALS:
        return None  # SANTIAGO, SAN JOSE: a LAC capital whose name other places share, not known abroad
    return country.id if country else "other"


# LAC capitals the gazetteer leaves out because other places share their names (countries.json
# notes): as a dateline they are no evidence of a third country
SHARED_CAPITALS = frozenset({"santiago", "san jose", "st. john's", "saint john's", "st john's",
                             "st. george's", "saint george's", "la paz", "san juan", "圣地亚哥", "圣何塞",
                             "圣约翰", "圣乔治", "拉巴斯"})


# a name that calls the event a dialogue before the word of its format ("the CPC in Dialogue with World
# Political Parties High-level Meeting", "… Dialogue … Summit"): the capital marks the name, a lowercase
# dialogue is what the sides do
DIALOGUE_NAMED_BEFORE = re.compile(r"\bDialogue\b[^.,;:!?\n]{0,60}$")


def _set(release: Release, kind: str, where: str, offset: int, match: re.Match[str] | None) -> None:
    text = release.title if where == "title" else release.text
    if kind == "forum" and match is not None and DIALOGUE_NAMED_BEFORE.search(
            text, max(0, offset + match.start() - 80), offset + match.start()):
        kind = "dialogue"  # an event named a dialogue is a dialogue (rule 2), whatever its format word
    release.record.event_type = kind
    if match is not None:
        start, end = offset + match.start(), offset + match.end()
        release.record.add_evidence(NAME, Span(start, end, text[start:end], where))


EVENT_KINDS = frozenset({"training_course", "seminar", "forum", "dialogue", "briefing", "field_trip"})
CALLS = frozenset({"video_call", "phone_call"})


def _abroad_pattern(release: Release) -> re.Pattern[str]:
    entry = release.gazetteer.country(release.country_id) if release.country_id else None
    names = tuple(entry.all_names("en")[:6] + entry.names["zh"]) if entry else ()
    return _abroad_for(names)


@lru_cache(maxsize=128)
def _visit_to_for(country_names: tuple[str, ...]) -> re.Pattern[str]:
    country_words = "(?:" + "|".join(re.escape(n) for n in country_names) + ")" if country_names else "(?!x)x"
    return re.compile(cues.source("visit_to_country", country=country_words), re.I)


def _tour_abroad(release: Release, passages: list[tuple[str, str, int]]) -> bool:
    """Is the page about a visit to the LAC country itself (its dateline there, or the title or
    lead saying so)? Then companies and villages toured are sights of that visit: a field trip is
    a foreign delegation touring China (codebook rule 2). A tour of several LAC countries (a
    multilateral page, 访问墨西哥、哥伦比亚和厄瓜多尔) is such a visit to each country the title
    or lead names."""
    dateline = _dateline_country(release)
    if dateline is not None and dateline not in ("CN", "other"):
        return True
    ids = [release.country_id] if release.country_id else []
    ids += [i for m in release.of(LAC_COUNTRY, zones=("title", "lead")) for i in m.ids]
    for country_id in dict.fromkeys(ids):
        entry = release.gazetteer.country(country_id)
        if entry is None:
            continue
        visit = _visit_to_for(tuple(entry.all_names("en")[:6] + entry.names["zh"]))
        if any(visit.search(text) for _, text, _ in passages[:2]):
            return True
    return False


@lru_cache(maxsize=128)
def _abroad_for(country_names: tuple[str, ...]) -> re.Pattern[str]:
    """The delegation-abroad cue with the release's country names filled in (one per country)."""
    country_words = "(?:" + "|".join(re.escape(n) for n in country_names) + ")" if country_names else "(?!x)x"
    return re.compile(cues.source("delegation_abroad", country=country_words), re.I)


def _stay_in_china(text: str) -> re.Match[str] | None:
    """A LAC delegation's stay in China told as the news ("visited China from June 5 to 12", 访华),
    not as the setting of something else ("a delegation visiting China met …", "X, who is on a visit
    to China, met …") or a plan ("to invite leaders to visit China")."""
    for match in cues.pattern("delegation_received").finditer(text):
        if match.group().lower().startswith(("visiting", "to visit")):
            continue
        if RELATIVE_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue
        return match
    return None


# a relative clause opening right before a stay in China: "who is on a visit to China", "which was
# paying a visit to China" name the setting of what the sentence reports
RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?$", re.I)


# A visit named in a relative clause as the setting of what the sentence reports ("a delegation,
# which is visiting Cuba, met …", "who is on a visit to Cuba"): the visit is not the exchange
# (rule 4). "During its visit, the delegation met A, B and C" still reports the visit as a whole.
SETTING_BEFORE = re.compile(
    r"\b(?:which|who|that)\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?"
    r"(?:(?:on|paying)\s+an?\s+(?:[a-z]+\s+)?)?$", re.I)


# A visit told as the setting of the meeting its sentence reports: by a bare participle ("a CPC
# delegation visiting Chile at the invitation of … met with …", "a delegation currently visiting
# Argentina met …", "Song Tao, leading a CPC delegation to Cuba, met …"), a phrase ("a delegation on
# a visit to Cuba met …") or a relative clause after the delegation ("a CPC delegation, which is
# visiting Cuba, met …", "…, which arrived in Havana on Sunday, held talks …"), as "which is
# visiting" before the match is. "Was visiting", "was on a visit", "led a delegation" (finite verbs)
# or a sentence reporting no meeting ("… visiting Cuba toured Matanzas") still report the visit.
VISIT_VERB = re.compile(r"\b(?:visit(?:ed|s|ing)?|arrived|toured|leading|heading)\b", re.I)
PARTICIPLES = frozenset({"visiting", "leading", "heading"})
AUXILIARY_BEFORE = re.compile(r"\b(?:is|was|are|were|been|be)\s+(?:currently\s+|now\s+|also\s+)?$", re.I)
DELEGATION_BEFORE = re.compile(r"\bdelegation\b[^.;]*$", re.I)
ON_A_VISIT_BEFORE = re.compile(r"\bon\s+an?\s+(?:[a-z]+\s+)?$", re.I)
RELATIVE_ARRIVAL_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:had\s+|has\s+|have\s+)?$", re.I)


def _setting_of_meeting(text: str, match: re.Match[str]) -> bool:
    """Is the visit of this match told as the setting of a meeting its sentence reports ("a
    delegation, visiting Chile, met …", "X, leading a CPC delegation, met …", "a delegation, which
    arrived on Sunday, held talks …")?"""
    _, right = sentence_at(text, match.start())
    if cues.pattern("meeting").search(text, match.end(), right) is None:
        return False  # the sentence reports no meeting after the visit: the visit is its news
    verbs = list(VISIT_VERB.finditer(text, match.start(), match.end()))
    verb = verbs[-1] if verbs else None
    at = verb.start() if verb else match.start()
    before = text[max(0, at - 80):at]
    word = verb.group().lower() if verb else ""
    if SETTING_BEFORE.search(before) or (word == "arrived" and RELATIVE_ARRIVAL_BEFORE.search(before)):
        return True
    if word == "visit" and ON_A_VISIT_BEFORE.search(before):
        phrase = ON_A_VISIT_BEFORE.search(before)
        return not AUXILIARY_BEFORE.search(before[:phrase.start()])
    if word not in PARTICIPLES or AUXILIARY_BEFORE.search(before):
        return False
    # "visiting Cuba" is the delegation's participle only with a delegation named before it
    return word != "visiting" or DELEGATION_BEFORE.search(before) is not None


def _visit_not_setting(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first visit the text reports as such, not as the setting of something else (a relative
    clause "which is visiting Cuba", a bare participle "a delegation visiting Cuba met …")."""
    for match in pattern.finditer(text):
        if SETTING_BEFORE.search(text[max(0, match.start() - 40):match.start()]):
            continue
        if _setting_of_meeting(text, match):
            continue
        return match
    return None


# a visit named as the setting of the headline's news ("… While Visiting Brazil", "During His Visit to
# Brazil", 在访问巴西期间出席…): the news is what happened there, not the visit
VISIT_SETTING_BEFORE = re.compile(r"\b(?:during|while|when|amid)\s+(?:(?:his|her|its|their|a|an|the)\s+)?"
                                  r"(?:[a-z]+\s+)?$", re.I)
VISIT_SETTING_AFTER_ZH = re.compile(r"^[^，。,]{0,12}?(?:期间|期間|之际|之際)")


def _visit_announced(title: str) -> bool:
    """Does a headline name a visit as its own news ("Xi Jinping to Attend G20 Summit and Visit
    Brazil", 王毅将访问巴西并出席…), not as the setting of something else?"""
    for match in cues.pattern("visit_headline").finditer(title):
        if VISIT_SETTING_BEFORE.search(title[max(0, match.start() - 30):match.start()]):
            continue
        if VISIT_SETTING_AFTER_ZH.search(title[match.end():]):
            continue
        return True
    return False


def _groups_met_blanked(text: str) -> str:
    """The text with the group nouns a meeting of the same sentence is with blanked (same length):
    "郭业洲会见古共干部考察团", "met with a study group of …". A group that came for a course or a
    study tour, met by the CPC side, makes a meeting, not that event (``group_counterpart``; the
    content rule makes the meeting a knowledge exchange). The group named again later ("考察团团长表示")
    is the same group."""
    meeting = cues.pattern("meeting")
    groups = list(cues.pattern("group_counterpart").finditer(text))
    if not any(meeting.search(text, sentence_at(text, g.start())[0], g.start()) for g in groups):
        return text
    chars = list(text)
    for group in groups:
        chars[group.start():group.end()] = " " * (group.end() - group.start())
    return "".join(chars)


def _in_text(release: Release, passages: list[tuple[str, str, int]], skip: frozenset[str]) -> bool:
    """Rule 4 in the text: the first of a meeting, a visit as a whole, a message and a LAC party's
    event the CPC side attended or addressed."""
    rules = cues.rules("idcpc")
    abroad = _abroad_pattern(release)
    events = tuple(r for r in rules if r[0] in (EVENT_KINDS | CALLS) - skip)
    # rule 1 before rule 4: a visit in the headline whose lead reports a briefing is the briefing
    where, text, offset = passages[1]
    found = _first(events, _groups_met_blanked(text))
    if found and not _attended_on_the_visit(passages, abroad, found):
        _set(release, found[0], where, offset, found[1])
        return True
    for where, text, offset in passages:
        found = _first(events, _groups_met_blanked(text))
        if found and not (where == "text" and text == passages[1][1]
                          and _attended_on_the_visit(passages, abroad, found)):
            _set(release, found[0], where, offset, found[1])
            return True
        options = [(m.start(), kind, m) for kind, m in (
            ("meeting", cues.pattern("meeting").search(text)),
            ("delegation_visit_abroad", _visit_not_setting(abroad, text)),
            ("delegation_received", _stay_in_china(text)),
            ("message", cues.pattern("idcpc.message").search(text)),
            ("other", _attended(text))) if m is not None]
        # a meeting told in a past era ("They met in the years of the dictatorship") is the history of
        # the ties; an exchange the passage names outside such sentences is the page's
        options = [o for o in options if not _in_past_era(text, o[0])] or options
        if options:
            _, kind, match = min(options, key=lambda o: o[0])
            attended = _attended(text) if kind == "message" else None
            if attended and sentence_at(text, attended.start()) == sentence_at(text, match.start()):
                # a congratulation sent to a ceremony or celebration ("sent a congratulatory message to
                # the ceremony marking …"): the event around it is the exchange (rule 1), as in a headline
                kind, match = "other", attended
            _set(release, kind, where, offset, match)
            return True
    return False


def _in_past_era(text: str, at: int) -> bool:
    """Does the sentence around ``at`` place what it tells in a past era (cue ``past_era``: "in the
    1980s", "decades ago", 上世纪)? Such a sentence tells the history of the relationship, not an
    exchange the page reports (codebook: the record is the exchange the page reports)."""
    left, right = sentence_at(text, at)
    return cues.pattern("past_era").search(text, left, right) is not None


# a gathering a visiting delegation attends or holds as one stop of its visit ("visited Chile, met …
# and attended a seminar", "met … , held a seminar with scholars and visited a company",
# 访问智利，会见…，并出席…研讨会, 并同智方举行研讨会)
ATTENDED_ON_VISIT = frozenset({"seminar", "forum", "dialogue"})
ATTEND_BEFORE = re.compile(r"(?:出席|参加|与会|举行|举办|召开|attend(?:s|ed|ing)?|took part in|join(?:s|ed)?|"
                           r"held|hosted|co-hosted|convened)[^。.]{0,40}$", re.I)


def _attended_on_the_visit(passages: list[tuple[str, str, int]], abroad: re.Pattern[str],
                           found: tuple[str, re.Match[str]]) -> bool:
    """Rule 4 for a page headlined on a visit (中共代表团访问智利, 古共代表团访华): when the lead
    reports the visit first and a seminar, forum or dialogue after it as a gathering the delegation
    attended or held on the way (并出席…研讨会, "held a seminar with scholars"), the page reports the
    visit as a whole (several meetings), not the report of that gathering (rule 1). A briefing the
    delegation holds stays the briefing (the CPC side presenting is what such a trip is for), and so
    does a lead that opens with the gathering."""
    title, lead = passages[0][1], passages[1][1]
    kind, event = found
    if kind not in ATTENDED_ON_VISIT:
        return False
    if not (_visit_not_setting(abroad, title) or cues.pattern("delegation_received").search(title)):
        return False
    visit = _visit_not_setting(abroad, lead) or _stay_in_china(lead)
    if visit is None or visit.end() > event.start():
        return False
    return bool(ATTEND_BEFORE.search(lead, visit.end(), event.start()))


def _attended(text: str) -> re.Match[str] | None:
    """The CPC side attending or addressing a LAC party's congress, a celebration or a ceremony told
    as done ("attended the gala marking …", 出席…纪念大会), not as a purpose ("who is in Havana to
    attend the congress"): that event is the exchange, none of rule 2's formats, so "other"."""
    for match in cues.pattern("attend_event").finditer(text):
        if not FUTURE_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
            return match
    return None


Found = tuple[str, str, int, re.Match[str]]  # kind, where, offset, match


def _many_parties_online(release: Release, passages: list[tuple[str, str, int]]) -> Found | None:
    """Rule 3: an online meeting of many parties is the event it is, not a meeting or a video
    call: a briefing when the CPC side presents its own experience or policy to them, else a
    seminar (peers discussing a theme). Read in the title, the lead and the paragraph after it
    (a copy's lead may be a one-sentence summary before the report)."""
    where, after, offset = passages[3]
    body = after.lstrip("\n")
    paragraph = body.split("\n", 1)[0]
    if "\n" not in release.layout.clean[release.layout.lead_start:]:
        # a copy stored on one line: the rest of the line is the rest of the report, not the paragraph
        # after the lead; its first sentence is
        ends = [e for e in sentence_ends(body, 0, len(body), release.zh) if body[e:].strip()]
        paragraph = body[:ends[0]] if ends else body
    focus = [*passages[:2], (where, paragraph, offset + len(after) - len(body))]
    # the parties met, not parties someone speaks of ("said the CPC values its ties with Latin American
    # parties" on a video call with one party)
    # nor the words of a platform's name ("the China-Latin America and Caribbean Political Parties
    # Forum" a call prepares): a name is no group the CPC side meets
    names = [(m.where, m.start, m.end) for m in release.of(PLATFORM)]
    def group(cue: str) -> tuple[str, str, int, re.Match[str]] | None:
        return next(((w, t, o, m) for w, t, o in focus for m in cues.pattern(cue).finditer(t)
                     if not in_what_was_said(t, m.start())
                     and not any(nw == w and ns <= o + m.start() < ne for nw, ns, ne in names)), None)

    if not any(cues.pattern("online").search(t) for _, t, _ in focus):
        return None
    opening = passages[:2] + passages[3:]
    # the CPC side presenting its experience, or a CPC meeting or policy (the briefing's own words:
    # "to present the outcome of the 20th National Congress", 宣介): a briefing (rule 2)
    presents = any(cues.pattern("cpc_presents").search(t) or cues.pattern("idcpc.briefing").search(t)
                   for _, t, _ in opening)
    many = group("many_parties")
    if many is None:
        # one country's parties as a group are a briefing's audience when the CPC side presents to
        # them; exchanging views with their leaders stays a call (``parties_presented_to``)
        many = group("parties_presented_to") if presents else None
        if many is None:
            return None
    where, text, offset, match = many
    return ("briefing" if presents else "seminar"), where, offset, match


def _idcpc(release: Release) -> None:
    passages = _passages(release)
    _idcpc_rules(release, passages)
    kind = release.record.event_type
    unnamed = kind == "other" and not release.record.evidence.get(NAME)  # nothing named the exchange
    if (kind in ("meeting", "video_call") or unnamed) and not (
            kind == "meeting" and cues.pattern("headline_meeting").search(passages[0][1])):
        gathering = _many_parties_online(release, passages)
        if gathering:
            kind, where, offset, match = gathering
            release.record.evidence.pop(NAME, None)
            _set(release, kind, where, offset, match)
    if release.record.event_type == "other" and not release.record.evidence.get(NAME):
        salutation = letter_page(release)
        if salutation is not None:  # the page is a letter's own text, whatever words it greets with
            _set(release, "message", "text", 0, salutation)


def letter_salutation(release: Release) -> re.Match[str] | None:
    """The salutation that opens the page when the page is the text of a letter or message itself
    ("Dear Comrade Xi Jinping,", "Estimado compañero", 尊敬的习近平总书记：; cue ``letter_salutation``):
    before its lead, at it, or on the line after it (an agency's "Editor's note: the full text of the
    letter follows." read as the lead). A letter's text need not call itself a message: it salutes,
    greets or thanks in its own words, and it names its sender, office and party only where it is
    signed; such a page is a letter exchanged between the two sides (codebook, event_type
    ``message``). A report about a letter ("On May 10, Xi sent a letter to …") opens with its lead."""
    text = release.layout.clean
    after = text.find("\n", release.layout.lead_end + 1)
    end = len(text) if after == -1 else after
    return cues.pattern("letter_salutation").search(text, 0, end)


LETTER_CLOSE_LINES = 8  # the text's last lines, where a letter's close and signature are


def letter_page(release: Release) -> re.Match[str] | None:
    """The salutation of a page that is a letter's text from salutation to close: it opens as a letter
    does (``letter_salutation``) and ends as one (a complimentary close or the place-and-day line,
    cue ``letter_close``, among its last lines). A speech printed in full may open with "Dear
    friends," but ends with its thanks: it is the gathering where it was given, not a message."""
    salutation = letter_salutation(release)
    if salutation is None:
        return None
    text = release.layout.clean
    lines = [line for line in text[salutation.end():].split("\n") if line.strip()]
    close = cues.pattern("letter_close")
    return salutation if any(close.search(line) for line in lines[-LETTER_CLOSE_LINES:]) else None


# words right after a stay in China that name the stay itself a study tour (来华考察, 赴华参观考察,
# 來華進行考察, "visits China on a study tour"): the delegation came to tour, so the page is that
# field trip (rule 2 before rule 4), not a stay that also toured provinces
STAY_FOR_TOUR = re.compile(r"(?:进行|進行|开展|開展)?(?:参观|參觀)?(?:考察|参访|參訪)|"
                           r"\s+(?:on|for)\s+(?:an?\s+)?(?:study\s+(?:tour|visit|trip)|field\s+trip)", re.I)


# a delegation named for touring right before its stay (干部考察团结束访华, "a study delegation of … visits
# China"): the stay it makes is the study tour it was formed for
TOUR_DELEGATION_BEFORE = re.compile(r"(?:考察团|考察團|研修团|研修團)[^。，,；;]{0,8}$|"
                                    r"\bstudy (?:delegation|group|mission)\b[^.,;]{0,40}$", re.I)
TOUR_DELEGATION_REACH = 60


def _stay_as_tour(text: str, stay: re.Match[str] | None) -> bool:
    """Is the stay in China at ``stay`` told as a study tour (来华考察, "visit China on a study tour"),
    or made by a delegation named for one (考察团…访华)?"""
    if stay is None:
        return False
    return STAY_FOR_TOUR.match(text, stay.end()) is not None or TOUR_DELEGATION_BEFORE.search(
        text, max(0, stay.start() - TOUR_DELEGATION_REACH), stay.start()) is not None


def _stay_leads(passages: list[tuple[str, str, int]]) -> bool:
    """Under a headline that names no field trip, the lead reports a LAC delegation's stay in China
    before any tour ("A delegation visited China from July 1 to 8, meeting officials in Beijing and
    touring Sichuan"): the page is that stay as a whole, the provinces toured included (rule 4), as
    under a headline naming the stay."""
    trip = cues.pattern("idcpc.field_trip")
    if trip.search(passages[0][1]):
        return False
    lead = passages[1][1]
    stay = _stay_in_china(lead)
    if _stay_as_tour(lead, stay):
        return False
    first_tour = trip.search(lead)
    return stay is not None and (first_tour is None or stay.start() < first_tour.start())


# Words between a lead's "met" and a call's words that make the call something else than the way
# the meeting was held: a plan or a promise ("agreed to keep in touch by phone"), what was said, a
# relative clause or an earlier exchange ("met X, who had attended a video conference", "after their
# phone call last month")
CALL_NOT_MANNER_EN = re.compile(r"\b(?:agree[ds]?|will|would|keep|kept|maintain\w*|pledg\w+|vow\w*|said|says|"
                                r"noted|hop(?:e|es|ed)|future|who|whom|whose|which|after|before|earlier|"
                                r"previous(?:ly)?|last|since|following)\b", re.I)
CLAUSE_START_ZH = re.compile(r"[，,；;。：:\n]")


def _headline_meeting_by_call(release: Release, lead: str) -> tuple[str, re.Match[str]] | None:
    """The call by which the meeting a headline names was held, when the lead says so: "Chen Zhou
    Meets with …" over "met with … via video link", "met via video link with …", 以视频方式会见,
    视频会见. The codebook takes the format of the exchange as reported, and its rule 3 (a
    conversation of two sides by video or phone is a ``video_call`` / ``phone_call``) comes before
    rule 4 (a headline that is one meeting is a ``meeting``). English puts the manner after the verb,
    within the verb's sentence; Chinese before it, within the verb's clause. A call that is a plan
    or what someone said ("agreed to keep in touch via video link") is not the meeting's manner.
    A lead with no word of meeting at all that opens with a call ("held a video conference with …"
    under "Senior CPC official meets …") reports the exchange the headline calls a meeting by its
    own word, the call; so does a lead whose word of meeting is the call's own ("took part in a video
    meeting with …"). An online meeting of many parties is turned into the gathering it is
    afterwards (``_idcpc``)."""
    calls = tuple(r for r in cues.rules("idcpc") if r[0] in CALLS)
    met = next((m for m in cues.pattern("meeting").finditer(lead)
                if not FUTURE_BEFORE.search(lead[max(0, m.start() - 20):m.start()])), None)
    if met is None:
        opening = len(lead) - len(lead.lstrip())
        left, right = sentence_at(lead, opening)
        found = [(call.start(), kind, call) for kind, pattern in calls
                 for call in [pattern.search(lead, left, right)]
                 if call is not None and not in_what_was_said(lead, call.start())]
        return min(found, key=lambda f: f[0])[1:] if found else None
    left, right = sentence_at(lead, met.start())
    for kind, pattern in calls:
        for call in pattern.finditer(lead, left, right):
            if call.start() <= met.start() < call.end() and not in_what_was_said(lead, call.start()):
                return kind, call
    if release.zh:
        edges = [m.end() for m in CLAUSE_START_ZH.finditer(lead, left, met.start())]
        start, end = (edges[-1] if edges else left), met.end()
    else:  # from the verb itself: "met online", "talked virtually" name the manner with the verb
        start, end = met.start(), right
    for kind, pattern in calls:
        for call in pattern.finditer(lead, start, end):
            if release.zh:
                return kind, call
            if CALL_NOT_MANNER_EN.search(lead, met.end(), call.start()) or in_what_was_said(
                    lead, call.start()):
                continue
            return kind, call
    return None


# platforms of the gazetteer that name a group of participants, not a gathering: the cadres of several
# LAC countries' parties (加勒比国家政党干部, "Latin American political party cadres") may be a course's
# class, a study delegation or the people an official meets; the headline's or the text's own word says
# which, and their name is no "named multi-party forum" (rule 2)
PARTICIPANT_GROUPS = frozenset({"lac-party-cadres-course"})


def _titled_gathering(release: Release) -> Mention | None:
    """A named multi-party gathering in the headline (a platform of the gazetteer that is an event,
    not a standing body nor a summit of states): "CPC Delegation Attends International Meeting of
    Communist and Workers' Parties", 中共代表团出席共产党和工人党国际会议. The codebook's ``forum`` is
    "a named multi-party forum or conference", whatever its own name calls it (a meeting, 会议): the
    word "Meeting" in its name is no meeting of the CPC side with a counterpart (rule 4). A gathering
    named inside what a headline's speaker said ("CPC ready to deepen cooperation under China-CELAC
    forum: official") is a topic, not the page's event."""
    return next((m for m in release.of(PLATFORM) if m.where == "title" and not getattr(m.entry, "body", False)
                 and m.entry.id not in STATE_SUMMITS | PARTICIPANT_GROUPS
                 and m.entry.mechanism in ("global", "regional")
                 and not quoted_in_title(release, m.span())), None)


# the subject of a headline's "meet" is many parties, not the CPC side ("Parties from Asia, Africa and
# Latin America Meet on …", "Chinese, Latin American parties meet in Shenzhen"): they gather, and the
# lead names the gathering (rule 1); one side's meeting with them has its host before the verb
MANY_MEET_SUBJECT = re.compile(r"\b(?:parties|party leaders|politicians|political leaders)\b[^.:]{0,60}$",
                               re.I)


# the CPC side as a host before the verb: the party or its department, or one of its officials
# ("Chinese and Latin American parties" names two groups of parties, no host)
CPC_HOST = re.compile(r"\b(?:CPC|CCP|IDCPC|Communist Party of China|Chinese Communist Party|International "
                      r"(?:Liaison )?Department|officials?|head|chief|minister|vice-minister)\b", re.I)


def _many_meet(release: Release, verb: re.Match[str]) -> bool:
    """Is the headline's meeting verb said of many parties gathering, with no Chinese official and no
    CPC host ("IDCPC head, Latin American party leaders meet": that side's one meeting) before it?"""
    title = release.title
    if release.zh or not MANY_MEET_SUBJECT.search(title, 0, verb.start()):
        return False
    if CPC_HOST.search(title, 0, verb.start()):
        return False
    return not any(m.where == "title" and m.start < verb.start() for m in release.of(CN_OFFICIAL))


# "visited Uruguay and met …", "Visits Cuba, Meets …", 访问古巴并会见…: the meeting joined to the visit;
# Chinese headlines also part their clauses with a space alone (中共代表团访尼加拉瓜　会晤桑定阵线)
VISIT_AND_MEETING = re.compile(r"^(?:\s*(?:,?\s*and\s+|,\s*|[并並，、]\s*)(?:also\s+|还|還)?|[ \u3000]+)$",
                               re.I)


def _visit_then_meeting(release: Release, title: str,
                        meeting: re.Match[str] | None) -> re.Match[str] | None:
    """A headline that names the visit to the LAC country (or its capital) first and a meeting joined to
    it ("CPC Delegation Visits Uruguay and Meets Broad Front Leaders", 中共代表团访问古巴并会见…) reports
    the visit as a whole, the meeting as one of its parts: rule 4's "headline is one meeting" is a
    headline whose news is that meeting ("X meets Y", also during a visit)."""
    if meeting is None or release.country_id is None:
        return None
    entry = release.gazetteer.country(release.country_id)
    if entry is None:
        return None
    # the country or its capital: arriving in Managua is arriving in Nicaragua (抵达马那瓜并会见…)
    names = tuple(entry.all_names("en")[:6] + entry.names["zh"] + entry.capitals.get("en", [])
                  + entry.capitals.get("zh", []))
    visit = _visit_to_for(names).search(title, 0, meeting.start())
    if visit is None or VISIT_SETTING_BEFORE.search(title[max(0, visit.start() - 30):visit.start()]):
        return None
    return visit if VISIT_AND_MEETING.match(title[visit.end():meeting.start()]) else None


def _event_then_meeting(title: str, meeting: re.Match[str] | None) -> tuple[str, re.Match[str]] | None:
    """A headline that names a gathering of rule 2 first and a meeting joined to it ("Guo Yezhou
    Attends CPC-PSUV Seminar and Meets Venezuelan Guests", 出席研讨会并会见…): the page reports that
    gathering, the meeting one of its parts (rule 1 comes before rule 4, whose "headline is one
    meeting" is a headline whose news is the meeting), as a visit named first is the visit
    (``_visit_then_meeting``). An event named after the meeting ("Meets Delegates to the Forum") is
    its setting and leaves the meeting."""
    if meeting is None:
        return None
    found = [(m.end(), kind, m) for kind, pattern in cues.rules("idcpc") if kind in EVENT_KINDS
             for m in pattern.finditer(title, 0, meeting.start())]
    if not found:
        return None
    end, kind, event = max(found, key=lambda f: f[0])
    return (kind, event) if VISIT_AND_MEETING.match(title[end:meeting.start()]) else None


# the seminar nouns a course for foreign cadres goes by ("a seminar for cadres of parties from …")
SEMINAR_NOUN = re.compile(r"\b(?:seminar|workshop|webinar)s?\b", re.I)


def _course_named_seminar(lead: str, found: tuple[str, re.Match[str]] | None
                          ) -> tuple[str, re.Match[str]] | None:
    """A headline's bare "seminar" ("Latin American party cadres attend seminar in Beijing") whose
    lead says whom it is for ("a seminar for cadres of political parties from Mexico, Colombia and
    Ecuador, hosted by the IDCPC"): the lead's words say what the headline's event is, a course the
    CPC side runs for foreign cadres (rule 2: 专题研讨班, "webinar for leaders/cadres of"), so the
    headline's event is a ``training_course``. Only a lead that names the course with a seminar noun
    of its own counts: training as a topic of a seminar is no course."""
    if found is None or found[0] != "seminar":
        return None
    course = cues.pattern("idcpc.training_course")
    for match in course.finditer(lead):
        if SEMINAR_NOUN.search(match.group()):
            return "training_course", found[1]
    return None


def _idcpc_rules(release: Release, passages: list[tuple[str, str, int]]) -> None:
    title = passages[0][1]
    calls = _first(tuple(r for r in cues.rules("idcpc") if r[0] in CALLS), title)
    headline_meeting = cues.pattern("headline_meeting").search(title)
    if headline_meeting and _many_meet(release, headline_meeting):
        headline_meeting = None
    visit_first = _visit_then_meeting(release, title, headline_meeting)
    if visit_first is not None:
        _set(release, "delegation_visit_abroad", "title", 0, visit_first)
        return
    event_first = _event_then_meeting(title, headline_meeting)
    if event_first is not None:
        _set(release, event_first[0], "title", 0, event_first[1])
        return
    if headline_meeting and not calls:
        by_call = _headline_meeting_by_call(release, passages[1][1])
        if by_call is not None:
            _set(release, by_call[0], "text", passages[1][2], by_call[1])
            return
        _set(release, "meeting", "title", 0, headline_meeting)
        return
    # companies toured on a visit abroad are that visit; a page headlined on a delegation's stay in
    # China is that stay, the provinces it also toured included (rule 4)
    titled_stay = cues.pattern("delegation_received").search(title)
    if _stay_as_tour(title, titled_stay):
        titled_stay = None  # 来华考察: the headline names a study tour, a field trip (rule 2)
    stay = titled_stay or _stay_leads(passages)
    skip = frozenset({"field_trip"}) if stay or _tour_abroad(release, passages) else frozenset()
    found = _first(cues.rules("idcpc"), title, skip=skip)
    found = _course_named_seminar(passages[1][1], found) or found
    if found and found[0] in EVENT_KINDS:  # "Tours Zhejiang after Party Dialogue": the tour (rule 1)
        kinds = tuple(r for r in cues.rules("idcpc") if r[0] in EVENT_KINDS and r[0] not in skip)
        found = own_event(title, found, kinds, release.zh) or found
    gathering = _titled_gathering(release) if found is None else None
    if gathering is not None:
        _set(release, "forum", "title", 0, None)
        release.record.add_evidence(NAME, gathering.span())
        return
    attended = cues.pattern("attend_event").search(title)
    sent_to = _event_sent_to(release, passages[1][1]) if found and found[0] == "message" else None
    if sent_to is not None:
        _set(release, sent_to[0], "text", passages[1][2], sent_to[1])  # rule 1: the event over the medium
        return
    read_there = _message_at_attended(passages[1][1]) if found and found[0] == "message" else None
    if read_there is not None and not attended:
        _set(release, "other", "text", passages[1][2], read_there)  # rule 1: the event around the message
        return
    if found and not (attended and found[0] == "message"):
        _set(release, found[0], "title", 0, found[1])
        return
    if attended and not _first(tuple(r for r in cues.rules("idcpc") if r[0] in EVENT_KINDS | CALLS),
                               passages[1][1], skip=skip):
        _set(release, "other", "title", 0, attended)  # rule 1: the event, not the message read there
        return
    occasion = None if attended else _occasion_headline(release, title, passages[1][1])
    if occasion is not None:
        _set(release, "other", "title", 0, occasion)
        return
    if _in_text(release, passages, skip):
        return
    dl = _dateline_country(release)
    if dl and dl not in ("CN", "other") and (release.country_id is None or dl == release.country_id):
        span = release.layout.dateline
        _set(release, "delegation_visit_abroad", "text", 0, None)
        release.record.add_evidence(NAME, Span(span[0], span[1], release.text[span[0]:span[1]]))
        return
    fallbacks = (("delegation_visit_abroad", "visit_stop"), ("delegation_received", "delegation_received"))
    for kind, cue in fallbacks:
        for where, text, offset in passages:
            match = cues.pattern(cue).search(text)
            if match:
                _set(release, kind, where, offset, match)
                return
    release.record.event_type = "other"


# the verbs of taking part in an event oneself (``attend_event`` also knows a congress that opens)
ATTENDING = re.compile(r"\b(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|t(?:ake|akes|ook|aking) part|"
                       r"participat(?:e|es|ed|ing))\b|出席|参加|參加|与会|與會", re.IGNORECASE)


def _message_at_attended(lead: str) -> re.Match[str] | None:
    """Under a headline naming only a message ("Ambassador Delivers the CPC's Message to the PSUV
    Congress"), a lead whose sentence has the CPC side attending the congress, celebration or
    ceremony and reading or conveying the message there ("attended the opening of the congress on
    behalf of the CPC and read the Central Committee's message"): the message has an event around
    it, so that event is the exchange (rule 1), as ``_in_text`` reads such a sentence. Only the CPC
    side's own attending counts (``ATTENDING``): a congress that opens (值此…代表大会召开之际, a
    letter's own words) or a message "read at the congress" by the hosts leaves the headline's
    message the exchange."""
    attended = _attended(lead)
    if attended is None or not ATTENDING.search(attended.group()):
        return None
    left, right = sentence_at(lead, attended.start())
    return attended if cues.pattern("idcpc.message").search(lead, left, right) else None


def _occasion_headline(release: Release, title: str, lead: str) -> re.Match[str] | None:
    """An occasion the headline names as its news (a reception, a ceremony, an exhibition, a donation,
    the signing of an agreement between the parties; cue ``occasion_headline``), when the headline
    has no meeting, call, message or rule-2 event (read before this), no visit or delegation and
    no attending (the CPC side at a course's closing ceremony: the lead's course is the event; the
    caller leaves those to the text): the page reports that occasion, none of the codebook's
    formats, so "other". The lead's words then say what the occasion was about (a signed plan "will
    cover theory seminars"), not another event of the page, and a LAC dateline places the occasion,
    it makes no CPC visit abroad. A lead that reports a meeting or talks tells the occasion as one
    act of that meeting ("signed a memorandum during a meeting in La Paz"): the text decides."""
    if not title or cues.pattern("visit_in_headline").search(title) or cues.pattern("meeting").search(lead):
        return None
    match = cues.pattern("occasion_headline").search(title)
    if match is None or quoted_in_title(release, Span(match.start(), match.end(), match.group(), "title")):
        return None
    return match


# what lies between a message's word and the event it was sent to: "sent a video message to an
# international seminar", "a congratulatory letter to the 3rd theory seminar"; in Chinese the event
# stands after 向 and before the message (向…研讨会致贺信, 向…论坛发来贺信), or after the verb of sending
# whose object it is (致信拉美政党常设大会全体会议, 致电祝贺…政党会议召开)
# (a time adverb may stand between the message and its "to": "sent a message today to the plenary
# meeting of …", "a letter on Friday to the …")
SENT_TO_EN = re.compile(r"(?:\s+(?:today|yesterday|(?:on|this|last)\s+[\w]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?))?"
                        r"\s+to\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,6}")
SENT_TO_ZH_BEFORE = re.compile(r"向[^。，,；;]{0,40}$")
SENT_TO_ZH_BETWEEN = re.compile(r"[^。，,；;]{0,12}")
SENT_TO_ZH_VERB = re.compile(r"致(?:贺信|贺电|賀信|賀電|信|电|電|函)")
SENT_TO_ZH_OBJECT = re.compile(r"[^。，,；;：:]{0,40}")


def _event_sent_to(release: Release, lead: str) -> tuple[str, re.Match[str]] | None:
    """The event of rule 1 the lead says a message was sent to, under a headline naming only the
    message ("Sends Video Message to PSUV International Event" over "sent a video message to an
    international seminar hosted by …"): a page that reports a seminar, forum, course, dialogue or
    briefing takes that type also when the CPC side's part was a letter or a video address to it.
    Events the message speaks of are already blanked (``_written_blanked``)."""
    first = cues.pattern("idcpc.message").search(lead)
    if first is None:
        return None
    left, right = sentence_at(lead, first.start())
    messages = list(cues.pattern("idcpc.message").finditer(lead, left, right))  # "congratulatory letter"
    for kind, pattern in cues.rules("idcpc"):
        if kind not in EVENT_KINDS:
            continue
        for event in pattern.finditer(lead, left, right):
            for message in messages:
                if release.zh:
                    sent = (event.end() <= message.start()
                            and SENT_TO_ZH_BEFORE.search(lead, left, event.start()) is not None
                            and SENT_TO_ZH_BETWEEN.fullmatch(lead, event.end(), message.start()) is not None
                            ) or (message.end() <= event.start()
                                  and SENT_TO_ZH_VERB.fullmatch(message.group()) is not None
                                  and SENT_TO_ZH_OBJECT.fullmatch(lead, message.end(), event.start()))
                else:
                    sent = (event.start() >= message.end()
                            and SENT_TO_EN.fullmatch(lead, message.end(), event.start()) is not None)
                if sent:
                    return kind, event
    return None


FACE_TO_FACE = ("talks", "meeting")
# Taking part in a multilateral gathering by video ("addresses the CELAC summit via video link",
# "delivered a statement via video at the General Debate of the … General Assembly",
# 以视频方式出席…峰会并致辞) is the summit or the speech (codebook: other), not a video call; so is
# a ceremony the two sides attend by video ("jointly attended via video link the launch ceremony"):
# a ceremony both attend is "other", whatever the link. So is a gathering held, hosted or chaired by video
# ("China-CELAC Forum holds third ministerial meeting via video link", 部长级会议以视频方式举行): an online
# meeting of many is the event it is.
BY_VIDEO = r"\s+(?:(?:via|by|through|over)\s+(?:a\s+)?video(?:\s+link|conference)?|online|virtually)\b"
VIDEO_AT_GATHERING = re.compile(
    r"\b(?:address(?:es|ed|ing)?|speech|remarks|attend(?:s|ed|ing)?|deliver(?:s|ed|ing)?\s+(?:a\s+|an\s+)?statement)\b"
    r"[^.]{0,100}\b(?:summit|forum|"
    r"conference|ministerial meeting|session|general assembly|ceremony|launch)\b|"
    r"\b(?:co-?chair(?:s|ed|ing)?|chair(?:s|ed|ing)?|host(?:s|ed|ing)?|holds?|held|convene[sd]?)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,6}?(?:summit|forum|conference|ministerial meeting|session|general assembly)"
    rf"{BY_VIDEO}|"
    rf"\b(?:summit|forum|conference|ministerial meeting|session)\s+(?:was\s+|is\s+)?(?:held|convened|opened)"
    rf"{BY_VIDEO}|"
    r"(?:峰会|峰會|论坛|論壇|部长级会议|部長級會議|大会|大會)[^。]{0,10}(?:以)?(?:视频|視頻)(?:方式|形式)?"
    r"(?:举行|舉行|召开|召開)|"
    r"(?:出席|致辞|讲话|講話|致辭)[^。]{0,40}(?:峰会|峰會|论坛|論壇|部长级会议|部長級會議|大会|大會|仪式|儀式|典礼|典禮)|"
    # a ministers' or leaders' conference by video that the principal chairs or attends (主持…外长视频会议,
    # 出席…领导人视频峰会): a gathering of many, as 主持 or 出席 says; a two-sided call is held (举行) with
    # its counterpart (同…举行视频会议)
    r"(?:出席|主持|共同主持)[^。]{0,40}(?:外长|外長|部长|部長|领导人|領導人)[^。，]{0,4}(?:视频|視頻)(?:会议|會議|峰会|峰會)|"
    r"(?:峰会|峰會|论坛|論壇|部长级会议|部長級會議|大会|大會)[^。]{0,40}(?:致辞|讲话|講話|致辭)",
    re.IGNORECASE)
STATEMENT = frozenset({"joint_statement"})
# The video link as the manner of a signing the sentence reports ("signed the free trade agreement by
# video link", 以视频方式签署): a ceremony held online, the two sides' signatures its act (codebook: a
# ceremony both attend is "other"), not a conversation of two sides. English puts the manner after the
# signing verb in its clause (a finite or -ing form: "agreed to sign … online" is a plan); Chinese
# before the verb.
SIGNED_BEFORE_EN = re.compile(r"\bsign(?:s|ed|ing)\b[^.;:]{0,100}$", re.I)
SIGNED_AFTER_ZH = re.compile(r"[^。，,；;]{0,6}?(?:签署|簽署)")


def _signed_by_video(release: Release, where: str, offset: int, match: re.Match[str]) -> bool:
    """Is the video link the evidence found the manner of a signing (``SIGNED_BEFORE_EN``)?"""
    text = release.title if where == "title" else release.text
    start, end = offset + match.start(), offset + match.end()
    if release.zh:
        return SIGNED_AFTER_ZH.match(text, end) is not None
    return SIGNED_BEFORE_EN.search(text[max(0, start - 120):start]) is not None


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


def _lead_word(release: Release,
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


def _exchange_after_visit_setting(release: Release, lead: str, found: tuple[str, re.Match[str]],
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
    found_after = _lead_main_exchange(release, after[:right], frozenset(VISIT_KINDS) | STATEMENT)
    if found_after is None or found_after[0] not in FACE_TO_FACE:
        return None
    return found_after


def _lead_call(passages: list[tuple[str, str, int]]) -> tuple[str, re.Match[str]] | None:
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


STATE_VISIT_NAMED = re.compile(r"state visits?|国事访问|國事訪問", re.I)
OFFICIAL_VISIT_NAMED = re.compile(r"official visits?|working visit|正式访问|正式訪問|工作访问|工作訪問", re.I)


def _visit_kind(release: Release, focus: str, before: str) -> str:
    """A page about a visit as a whole: the kind the page names for it, else by the visitor (a head
    of state's visit is a state visit, anyone else's an official visit): the office nearest before
    the arrival or announcement, else the first office of the title and lead. A kind named with a
    word placing it after the page's own visit (``another_visit``: "Wang Yi Wraps Up Visit to
    Brazil" … "prepared President Xi's coming state visit") names another visit, not this one's."""
    own = focus
    for later in cues.pattern("another_visit").finditer(focus):
        own = own[:later.start()] + " " * (later.end() - later.start()) + own[later.end():]
    if STATE_VISIT_NAMED.search(own):
        return "state_visit"
    if OFFICIAL_VISIT_NAMED.search(own):
        return "official_visit"
    offices = [(m.end(), "state_visit") for m in cues.pattern("head_of_state_visitor").finditer(before)]
    offices += [(m.end(), "official_visit") for m in cues.pattern("other_visitor").finditer(before)]
    if not offices:
        offices = [(-m.start(), "state_visit") for m in cues.pattern("head_of_state_visitor").finditer(focus)]
        offices += [(-m.start(), "official_visit") for m in cues.pattern("other_visitor").finditer(focus)]
    if not offices:
        return _visit_kind_by_official(release)
    return max(offices)[1]


def _visit_kind_by_official(release: Release) -> str:
    """A visit page that names its visitor with no office ("王毅结束对巴西的访问", a later piece of a
    trip's coverage): the first Chinese official the title or lead names, with the office the
    gazetteer says they held that day — a head of state's or government's visit is a state visit,
    anyone else's an official visit. With no such official, a state visit (as before)."""
    day = release.anchor
    for m in release.mentions:
        if m.label != CN_OFFICIAL or m.zone not in ("title", "lead") or not isinstance(m.entry, Official):
            continue
        held = m.entry.offices_on(day) if day else []
        if held:
            return "state_visit" if any(o.head_of_state_or_government for o in held) else "official_visit"
    return "state_visit"


TRADE_FAIR = re.compile(r"\b(?:Expo|Exposition|Fair|Trade Fair)\b|博览会|博覽會|进博会|進博會|广交会|廣交會|"
                        r"服贸会|服貿會|交易会|交易會|展览会|展覽會", re.I)


def _two_country_gathering(release: Release, words: str) -> bool:
    """Does a Chinese gathering's name join China and the release's own country only (中国—巴巴多斯经贸
    合作论坛, 中巴企业家论坛: 中 and the first character of the country's name, as 中巴关系 is written)?
    Such a forum is bilateral, not the multilateral summit or conference a meeting on the sidelines is
    held at (codebook); 中拉论坛 (拉美) and 中非合作论坛 join China and a region."""
    if not release.zh or not release.country_id:
        return False
    entry = release.gazetteer.country(release.country_id)
    if entry is None:
        return False
    names = [n for n in entry.names["zh"] if n]
    pattern = "中国?[—－\\-–]?(?:" + "|".join(re.escape(n) for n in names) + ")|中" + re.escape(names[0][0])
    return re.search(f"(?:{pattern})[^。，、]{{0,12}}(?:论坛|峰会|年会)", words) is not None




def _bilateral_body(sidelines: re.Match[str]) -> bool:
    """Is the gathering the words name (and the rest of their clause) a session of a standing body
    of China and the one country (``bilateral_body``: "in China for the meeting of the High-Level
    Coordination and Cooperation Committee", 中巴高层协调与合作委员会会议)? Two countries' committee is
    no multilateral summit or conference (codebook, meeting_on_sidelines)."""
    text = sidelines.string
    rest = re.split(r"[.;。；]", text[sidelines.end():sidelines.end() + 120], maxsplit=1)[0]
    return cues.pattern("bilateral_body").search(sidelines.group() + rest) is not None


def _sidelines(passages: list[tuple[str, str, int]]) -> re.Match[str] | None:
    """The first words placing the page's meeting at a multilateral summit or conference
    (``sidelines``), in the title, the lead or the text around it. Not a trade expo or fair (no
    multilateral summit, codebook); nor, after the lead's first sentence, a sentence recalling an
    earlier exchange (``recalled_setting``: "Xi recalled that he and President Boric met on the
    sidelines of the APEC meeting last year", 去年…峰会期间会晤): the page names that summit as the
    setting of another meeting, not of its own."""
    pattern, recalled = cues.pattern("sidelines"), cues.pattern("recalled_setting")
    for i, (_, text, _) in enumerate(passages):
        first_sentence = sentence_at(text, 0) if i == 1 else None
        for match in pattern.finditer(text):
            left, right = sentence_at(text, match.start())
            sentence = text[left:right]
            if TRADE_FAIR.search(sentence):
                continue
            if i > 0 and (left, right) != first_sentence and recalled.search(sentence):
                continue
            return match
    return None


def _ceremony_headline(release: Release, title: str) -> re.Match[str] | None:
    """A headline naming a ceremony, banquet or reception, a signing both sides witness or a joint
    press appearance (``mfa_ceremony``), asked only when it names no exchange word of its own: the
    headline picks the exchange, and a ceremony both attend is "other" (codebook), also when the
    lead says talks came before the signing, a congratulatory message was read out at the
    reception or the envoy met the new president after the inauguration."""
    found = cues.pattern("mfa_ceremony").search(title)
    if found:
        _set(release, "other", "title", 0, found)
    return found


def _ceremony_of_a_visit(title: str, in_title: tuple[str, re.Match[str]] | None) -> re.Match[str] | None:
    """A headline whose news is a ceremony or banquet of a visit ("Xi Jinping Holds Welcome Ceremony
    for Honduran President", "… Hold Banquet for Brazilian President on State Visit", 卢拉为习近平举行
    隆重欢迎仪式): a ceremony both attend is "other" (codebook), not the visit as a whole, whose pages
    are its announcement, arrival, departure, preview or overview. Asked only when the headline's
    exchange word is the visit's (``mfa.state_visit``, ``mfa.official_visit``: "welcome ceremony" is
    one of them) and the ceremony is named at or before it; a headline that names talks or a meeting
    ("Holds Welcome Ceremony and Talks with …") or the visit first ("X Begins State Visit, Welcome
    Ceremony Held") reports that."""
    if in_title is None or in_title[0] not in VISIT_KINDS:
        return None
    ceremony = cues.pattern("mfa_ceremony").search(title)
    return ceremony if ceremony is not None and ceremony.start() < in_title[1].end() else None


def _official_on_a_visit(release: Release, title: str, visit: re.Match[str] | None) -> bool:
    """Does the headline quote a Chinese official on a visit ("Wang Yi: President Xi Jinping's State
    Visit to Brazil a Complete Success", 王毅：习近平主席拉美之行取得圆满成功)? The visit is what the
    speaker said; the page is his remarks on the trip, a minister's briefing on a trip, which the
    codebook types `other`, not a page about the visit as a whole. The speaker is a Chinese
    official the gazetteer knows, named before the colon; a column's rubric ("Spotlight: …") is
    no speaker."""
    if visit is None or RUBRIC.match(title):
        return False
    speaker = (SPEAKER_FIRST_ZH if release.zh else SPEAKER_FIRST_EN).match(title)
    if speaker is None or visit.start() < speaker.end():
        return False
    return any(m.where == "title" and m.end <= speaker.end() for m in release.of(CN_OFFICIAL))


def _signed_article(release: Release) -> re.Match[str] | None:
    """The opening above the lead names the page a signed article or gives its author's byline
    (``mfa_byline``: "By Xi Jinping, President of …", ——在…发表的署名文章): the page is the article,
    a message (codebook: messages, letters and signed articles), although its first-person text
    announces a state visit ("I will soon pay a state visit to …")."""
    opening = release.layout.clean[:release.layout.lead_start]
    return cues.pattern("mfa_byline").search(opening)


def _statement_text(passages: list[tuple[str, str, int]]) -> bool:
    """The passages given (the headline, or the headline and the lead) say the page carries a
    statement's full text ("Full Text:", 全文如下)."""
    return any(cues.pattern("full_text").search(text) for _, text, _ in passages)


def _talks_name_the_statement(title: str, face: re.Match[str], statement: re.Match[str]) -> bool:
    """The headline's talks word stands right before the statement's noun, as the words that name
    it (中国和圭亚那外长会谈联合新闻稿, 会谈的联合声明: the joint press release "of the talks"): the
    headline is the statement's own name, so the page is its text (codebook: joint_statement), not
    the talks; a verb or a clause edge between them ("Holds Talks …, Two Heads of State Sign Joint
    Statement", 会谈并签署联合声明) makes the statement what was signed there."""
    return title[face.end():statement.start()].strip() in ("", "的")


def _signed_in_headline(passages: list[tuple[str, str, int]], statement: re.Match[str]) -> bool:
    """The headline says the two sides sign the statement ("X and Y Sign Joint Communique", 签署…联合公报)
    and the page does not carry its text: the page reports the signing, a ceremony both attend
    ("other"), not the statement (codebook: joint_statement is the page that is its text)."""
    title = passages[0][1]
    return (cues.pattern("mfa_signing").search(title[:statement.start()]) is not None
            and not _statement_text(passages[:2]))


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


def _lead_main_exchange(release: Release, text: str,
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
        call = _at_distance(blanked, match, zh=False)
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


def _untitled_exchange(release: Release, text: str, skip: frozenset[str],
                       found: tuple[str, re.Match[str]]) -> tuple[str, re.Match[str]]:
    """The exchange of a page with no headline: the first one the text reports (codebook: "with no
    headline …, the first exchange with LAC actors the text reports"), read as under a headline with
    no exchange word (the lead's main clause, a Chinese lead's first sentence naming one), not the
    first kind in the rules' order ("met with Vieira. Vieira thanked China for the congratulatory
    message" is the meeting; "held talks … The two sides issued a joint statement" the talks). A
    joint statement's name standing before the lead's exchange word is the page's own heading: the
    page is the statement's text."""
    main = _lead_main_exchange(release, text, skip)
    if main is None or (found[0] == "joint_statement" and found[1].start() < main[1].start()):
        return found
    return main


CLAUSE_EDGE_EN = re.compile(r"[,;.]")
HEADLINE_CLAUSE_EDGE = re.compile(r"[,;:，；：]")
HEADLINE_CLAUSE_EDGE_ZH = re.compile(r"[,;:，；：\s\u3000]")  # a Chinese headline's clauses: also a space
CLAUSE_EDGE_ZH = re.compile(r"[，,；;。]")


def _at_distance(text: str, match: re.Match[str], zh: bool) -> tuple[str, re.Match[str]] | None:
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


def _face_before_call(title: str, found: tuple[str, re.Match[str]],
                      zh: bool = False) -> tuple[str, re.Match[str]]:
    """The headline's exchange when its rule-order first is a call: "Xi Meets Peruvian President, Two
    Heads of State Attend Port Inauguration via Video Link" — a call's word in a later clause of the
    headline qualifies that clause's act, and the headline's first exchange, face to face, is the news
    ("Holds Talks with … via Video Link" in one clause stays a call). Chinese headlines part their
    clauses with a space as well (习近平同秘鲁总统会谈 两国元首视频连线出席开港仪式)."""
    kind, match = found
    if kind not in CALLS:
        return found
    face = _first(tuple(r for r in cues.rules("mfa") if r[0] in FACE_TO_FACE), title,
                  not_future=frozenset(FACE_TO_FACE))
    edge = HEADLINE_CLAUSE_EDGE_ZH if zh else HEADLINE_CLAUSE_EDGE
    if face is not None and face[1].end() <= match.start() and edge.search(
            title, face[1].end(), match.start()):
        return face
    return found


def _mfa(release: Release) -> None:
    passages = _passages(release)
    focus = " ".join(text for _, text, _ in passages)
    # the headline picks the exchange: "other" (a speech, an inauguration attended, a briefing, a
    # press appearance) from the lead only when the headline names no exchange of its own
    other = cues.pattern("mfa_other")
    title = passages[0][1]
    in_title = _first(cues.rules("mfa"), title, not_future=frozenset(FACE_TO_FACE))
    in_title = _face_before_call(title, in_title, release.zh) if in_title else None
    byline = _signed_article(release)
    if byline is not None:
        _set(release, "message", "text", 0, byline)
        return
    named_visit = in_title[1] if in_title and in_title[0] in VISIT_KINDS | {"arrival"} else None
    if _official_on_a_visit(release, title, named_visit or (
            None if in_title else cues.pattern("visit_headline").search(title))):
        release.record.event_type = "other"
        return
    ceremony = _ceremony_of_a_visit(title, in_title)
    if ceremony is not None:
        _set(release, "other", "title", 0, ceremony)
        return
    special = other.search(title)
    if special and in_title and in_title[0] in FACE_TO_FACE and in_title[1].start() < special.start():
        special = None  # "Xi meets X and attends the inauguration": the first exchange is the news
    if not title.strip() or not in_title:
        special = special or _ceremony_headline(release, title)
        special = special or cues.pattern("mfa_tour").search(title)  # a tour of a site: "other"
        special = special or other.search(passages[1][1])
        # a summit or ministerial meeting attended, when the headline names no exchange of its own
        # and no visit: "Xi Jinping to Visit Spain, Argentina … and Attend G20 Summit" and
        # 王毅将访问巴西并出席东亚合作外长会 announce a trip, a page about the visit as a whole (codebook)
        gathering = cues.pattern("mfa_gathering")
        lead = passages[1][1]
        visit_named = _visit_announced(title)
        special = special or (not visit_named and gathering.search(title)) or (
            not title.strip() and not _first(cues.rules("mfa"), lead) and gathering.search(lead))
    if special:
        release.record.event_type = "other"
        return
    visit = cues.pattern("visit_headline").search(title) if not in_title else None
    if visit:  # "Vice Foreign Minister Visits Guyana and Suriname": the visit as a whole
        _set(release, _visit_kind(release, focus, title[:visit.start()]), "title", 0, visit)
        return
    sidelines = _sidelines(passages)
    if sidelines and (_two_country_gathering(release, sidelines.group()) or _bilateral_body(sidelines)):
        sidelines = None  # 中巴企业家论坛: a forum of China and the one country is no multilateral one
    meets = cues.pattern("mfa.meeting").search(focus)
    third_country = _dateline_country(release) == "other"
    for i, (where, text, offset) in enumerate(passages):
        # the text of a joint statement has it as its headline; a page that reports or comments
        # on one is about something else
        headline = i == 0 or (i == 1 and not release.title.strip())
        # a headline naming no exchange over a lead that gives the statement's full text: the text
        headline = headline or (i == 1 and cues.pattern("full_text").search(text) is not None)
        quoted = headline and cues.pattern("commentary").search(text) is not None
        statement_ok = headline and not quoted
        skip = (FOCUS_ONLY if i >= 2 else frozenset()) | (frozenset() if statement_ok else STATEMENT)
        found = _first(cues.rules("mfa"), text, skip=skip, not_future=frozenset(FACE_TO_FACE))
        if found and i == 1 and title.strip() and not in_title and found[0] != "joint_statement":
            # a headline with no exchange word: the lead's main clause says which exchange it is
            main = _lead_main_exchange(release, text, skip)
            later = (None if main or release.zh
                     else _exchange_after_visit_setting(release, text, found, passages))
            if later is not None:
                (kind, match), (where, _, offset) = later, passages[3]
                _set(release, kind, where, offset, match)
                return
            found = main or found
        elif found and i == 1 and not title.strip():
            found = _untitled_exchange(release, text, skip, found)
        if not found:
            continue
        kind, match = found
        if kind in ("message", "joint_statement") and i == 0:
            # "Xi meets Cuban PM, extends condolences", "Xi Holds Talks with …, Two Heads of State
            # Sign Joint Statement": words of a message or a statement after the headline's meeting
            # or talks are what was said or signed there; the face-to-face exchange is the news
            face = _first(tuple(r for r in cues.rules("mfa") if r[0] in FACE_TO_FACE), text,
                          not_future=frozenset(FACE_TO_FACE))
            if face is not None and face[1].start() < match.start() and not (
                    kind == "joint_statement" and (_statement_text(passages[:1])
                                                   or _talks_name_the_statement(text, face[1], match))):
                kind, match = face
            elif kind == "joint_statement" and _signed_in_headline(passages, match):
                _set(release, "other", where, offset, match)
                return
        if kind == "message" and i == 0 and len(passages) > 1:
            # "Xi Congratulates X" over a lead "held a phone call with X, congratulating him": the
            # headline picks the congratulation, the text's own word for it gives its type (codebook)
            medium = _call_conveying(text)  # "Xi Extends Sympathies to X in Phone Call"
            if medium is not None:
                kind, match = medium
            elif (medium := _call_conveying(passages[1][1])) is not None:
                (kind, match), (where, _, offset) = medium, passages[1]
        if kind in CALLS and i == 0:
            kind, match = _face_before_call(text, (kind, match), release.zh)
        if kind == "arrival":
            kind = _visit_kind(release, focus, text[:match.start()])
        elif kind in FACE_TO_FACE and i == 0:
            # the headline picks the exchange, the lead's own word gives its type
            lead = _lead_word(release, passages)
            if lead is not None:
                kind, where, offset, match = lead
                call = _at_distance(release.layout.clean[offset:], match, zh=release.zh)
                if call is not None:  # "held talks … via video link": the call is the type
                    kind, match = call
            elif (call := _lead_call(passages)) is not None:
                (kind, match), (where, _, offset) = call, passages[1]
        if kind == "meeting" and (sidelines or third_country):
            kind = "meeting_on_sidelines"
        opening = " ".join(t for _, t, _ in passages[:2])
        if kind == "video_call" and (VIDEO_AT_GATHERING.search(opening) or (
                match is not None and _signed_by_video(release, where, offset, match))):
            kind = "other"  # a speech at, or attendance of, a summit or a signing by video: no two-sided call
        _set(release, kind, where, offset, match)
        return
    if meets and (sidelines or third_country):
        release.record.event_type = "meeting_on_sidelines"
        return
    release.record.event_type = "other"


def step(release: Release) -> None:
    if not release.record.relevant:
        return
    if release.is_mfa:
        _mfa(release)
    else:
        _idcpc(release)
