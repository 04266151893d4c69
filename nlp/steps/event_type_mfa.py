"""Event type of a foreign-ministry page, by the codebook's rules: the headline picks the exchange
and the text's own word gives its type (``event_type_mfa_lead``); a visit page takes the kind it
names or its visitor's office; a meeting on the sidelines is one during a multilateral summit or
conference the page names, or one datelined in a third country; a ceremony, a signing both sides
attend, a speech or a summit attended by video, a minister's remarks on a trip are "other"; a
signed article is a message, and a joint statement is the page that is its text.

Apart from the IDCPC rules (``event_type_idcpc``) because the two sources report in different
ways and the codebook gives each its own rules; ``event_type.step`` picks one by the page's source.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL, Official
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.country import RUBRIC, SPEAKER_FIRST_EN, SPEAKER_FIRST_ZH
from nlp.steps.dateline_country import dateline_country
from nlp.steps.event_type_mfa_lead import (
    FACE_TO_FACE,
    STATEMENT,
    at_distance,
    call_conveying,
    exchange_after_visit_setting,
    face_before_call,
    lead_call,
    lead_main_exchange,
    lead_word,
    untitled_exchange,
)
from nlp.steps.event_type_passages import passages_read
from nlp.steps.event_type_rules import CALLS, VISIT_KINDS, first_rule_match, set_event_type
from nlp.steps.event_type_visits import visit_announced

FOCUS_ONLY = frozenset({"arrival"})  # the Chinese principal's arrival is the news only in the title or lead


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
        set_event_type(release, "other", "title", 0, found)
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


def type_mfa_page(release: Release) -> None:
    passages = passages_read(release)
    focus = " ".join(text for _, text, _ in passages)
    # the headline picks the exchange: "other" (a speech, an inauguration attended, a briefing, a
    # press appearance) from the lead only when the headline names no exchange of its own
    other = cues.pattern("mfa_other")
    title = passages[0][1]
    in_title = first_rule_match(cues.rules("mfa"), title, not_future=frozenset(FACE_TO_FACE))
    in_title = face_before_call(title, in_title, release.zh) if in_title else None
    byline = _signed_article(release)
    if byline is not None:
        set_event_type(release, "message", "text", 0, byline)
        return
    named_visit = in_title[1] if in_title and in_title[0] in VISIT_KINDS | {"arrival"} else None
    if _official_on_a_visit(release, title, named_visit or (
            None if in_title else cues.pattern("visit_headline").search(title))):
        release.record.event_type = "other"
        return
    ceremony = _ceremony_of_a_visit(title, in_title)
    if ceremony is not None:
        set_event_type(release, "other", "title", 0, ceremony)
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
        visit_named = visit_announced(title)
        special = special or (not visit_named and gathering.search(title)) or (
            not title.strip() and not first_rule_match(cues.rules("mfa"), lead) and gathering.search(lead))
    if special:
        release.record.event_type = "other"
        return
    visit = cues.pattern("visit_headline").search(title) if not in_title else None
    if visit:  # "Vice Foreign Minister Visits Guyana and Suriname": the visit as a whole
        set_event_type(release, _visit_kind(release, focus, title[:visit.start()]), "title", 0, visit)
        return
    sidelines = _sidelines(passages)
    if sidelines and (_two_country_gathering(release, sidelines.group()) or _bilateral_body(sidelines)):
        sidelines = None  # 中巴企业家论坛: a forum of China and the one country is no multilateral one
    meets = cues.pattern("mfa.meeting").search(focus)
    third_country = dateline_country(release) == "other"
    for i, (where, text, offset) in enumerate(passages):
        # the text of a joint statement has it as its headline; a page that reports or comments
        # on one is about something else
        headline = i == 0 or (i == 1 and not release.title.strip())
        # a headline naming no exchange over a lead that gives the statement's full text: the text
        headline = headline or (i == 1 and cues.pattern("full_text").search(text) is not None)
        quoted = headline and cues.pattern("commentary").search(text) is not None
        statement_ok = headline and not quoted
        skip = (FOCUS_ONLY if i >= 2 else frozenset()) | (frozenset() if statement_ok else STATEMENT)
        found = first_rule_match(cues.rules("mfa"), text, skip=skip, not_future=frozenset(FACE_TO_FACE))
        if found and i == 1 and title.strip() and not in_title and found[0] != "joint_statement":
            # a headline with no exchange word: the lead's main clause says which exchange it is
            main = lead_main_exchange(release, text, skip)
            later = (None if main or release.zh
                     else exchange_after_visit_setting(release, text, found, passages))
            if later is not None:
                (kind, match), (where, _, offset) = later, passages[3]
                set_event_type(release, kind, where, offset, match)
                return
            found = main or found
        elif found and i == 1 and not title.strip():
            found = untitled_exchange(release, text, skip, found)
        if not found:
            continue
        kind, match = found
        if kind in ("message", "joint_statement") and i == 0:
            # "Xi meets Cuban PM, extends condolences", "Xi Holds Talks with …, Two Heads of State
            # Sign Joint Statement": words of a message or a statement after the headline's meeting
            # or talks are what was said or signed there; the face-to-face exchange is the news
            face = first_rule_match(tuple(r for r in cues.rules("mfa") if r[0] in FACE_TO_FACE), text,
                          not_future=frozenset(FACE_TO_FACE))
            if face is not None and face[1].start() < match.start() and not (
                    kind == "joint_statement" and (_statement_text(passages[:1])
                                                   or _talks_name_the_statement(text, face[1], match))):
                kind, match = face
            elif kind == "joint_statement" and _signed_in_headline(passages, match):
                set_event_type(release, "other", where, offset, match)
                return
        if kind == "message" and i == 0 and len(passages) > 1:
            # "Xi Congratulates X" over a lead "held a phone call with X, congratulating him": the
            # headline picks the congratulation, the text's own word for it gives its type (codebook)
            medium = call_conveying(text)  # "Xi Extends Sympathies to X in Phone Call"
            if medium is not None:
                kind, match = medium
            elif (medium := call_conveying(passages[1][1])) is not None:
                (kind, match), (where, _, offset) = medium, passages[1]
        if kind in CALLS and i == 0:
            kind, match = face_before_call(text, (kind, match), release.zh)
        if kind == "arrival":
            kind = _visit_kind(release, focus, text[:match.start()])
        elif kind in FACE_TO_FACE and i == 0:
            # the headline picks the exchange, the lead's own word gives its type
            lead = lead_word(release, passages)
            if lead is not None:
                kind, where, offset, match = lead
                call = at_distance(release.layout.clean[offset:], match, zh=release.zh)
                if call is not None:  # "held talks … via video link": the call is the type
                    kind, match = call
            elif (call := lead_call(passages)) is not None:
                (kind, match), (where, _, offset) = call, passages[1]
        if kind == "meeting" and (sidelines or third_country):
            kind = "meeting_on_sidelines"
        opening = " ".join(t for _, t, _ in passages[:2])
        if kind == "video_call" and (VIDEO_AT_GATHERING.search(opening) or (
                match is not None and _signed_by_video(release, where, offset, match))):
            kind = "other"  # a speech at, or attendance of, a summit or a signing by video: no two-sided call
        set_event_type(release, kind, where, offset, match)
        return
    if meets and (sidelines or third_country):
        release.record.event_type = "meeting_on_sidelines"
        return
    release.record.event_type = "other"
