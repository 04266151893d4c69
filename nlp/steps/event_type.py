"""Event type in the codebook's vocabulary, from the words the release uses for what happened.

The title is read first, then the lead, then the paragraph around it; within each, the most
specific kind wins (a congratulatory message before a meeting, a cadre course before a seminar).
Two kinds need the setting rather than a word:

- a CPC delegation abroad (IDCPC): the dateline is a LAC city ("HAVANA, Oct. 25 --") or the
  release says a delegation visited a LAC country; that outranks "met", because the meeting is
  one stop of the visit;
- a meeting on the sidelines (foreign ministry): "on the sidelines", or a meeting datelined in a
  third country (neither China nor the counterpart's: "BALI, Indonesia").
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_COUNTRY
from nlp.release import Release
from nlp.schema import Span

NAME = "event_type"

IDCPC_RULES: tuple[tuple[str, str], ...] = (
    ("message", r"congratulat|condolence|\bmessages?\b|\bletters?\b|贺电|賀電|唁电|唁電|贺信|賀信|致电|"
                r"致電|致函|慰问|慰問|复信|復信"),
    ("phone_call", r"\bphone\b|telephone|通电话|通電話|电话|電話"),
    ("video_call", r"video (?:call|conference|meeting|talks)|videoconference|视频通话|視頻通話|视频会晤|"
                   r"視頻會晤|视频会见|視頻會見|视频会谈|視頻會談"),
    ("training_course", r"training|\bcourse\b|study (?:program|programme)|webinar for (?:the )?cadres|"
                        r"cadres?'? (?:webinar|seminar|workshop)|"
                        r"研修班|培训班|培訓班|研讨班|研討班|考察团|考察團|干部班|幹部班"),
    ("seminar", r"seminar|webinar|symposium|colloquium|workshop|研讨会|研討會|座谈会|座談會|理论研讨|"
                r"理論研討|宣介会|宣介會"),
    ("forum", r"\bforum\b|\bsummit\b|high-level meeting|论坛|論壇|峰会|峰會|高层对话会|高層對話會"),
    ("dialogue", r"\bdialogue\b|对话会|對話會|对话|對話"),
    ("briefing", r"\bbriefing\b|\bbrief(?:ed|s)?\b (?:[a-z ]{0,40})?\bon\b|宣讲|宣講|通报会|通報會"),
    ("field_trip", r"field trip|study tour|\bvisited\b[^.]{0,40}\b(?:province|city|enterprises?|"
                   r"villages?)\b|考察|参观|參觀"),
    # "by video link" is how something happened: a course opened by video link is a course, a
    # meeting held by video link a video call
    ("video_call", r"video link|via video|online meeting|视频连线|視頻連線|线上会见|線上會見"),
)
MEETING = r"\bmeets?\b|\bmet\b|\bmeeting\b|\btalks\b|\breceive[sd]?\b|会见|會見|会谈|會談|会晤|會晤|接见|接見"
RECEIVED = r"\bto visit China\b|\bvisit(?:ing|s)? China\b|\barriv(?:es|ed) in Beijing\b|访华|訪華|来华|來華"
ABROAD = (r"\b(?:led|leading|heads?|headed) (?:a|the) (?:CPC|Chinese|"
          r"Communist Party of China)[^.]{0,40}delegation\b|"
          r"\bdelegation[^.]{0,60}\b(?:visit(?:ed|s|ing)?|arrived in|toured)\b|\bvisit(?:ed|s|"
          r"ing)? (?:to )?{country}|"
          r"\bduring (?:his|her|their|the) visit to\b|\bon a visit to\b|代表团[^。]{0,20}访问|"
          r"代表團[^。]{0,20}訪問|率团访问|率團訪問")

MFA_SPECIAL = (r"signed article|署名文章|inauguration|就职典礼|就職典禮|keynote speech|主旨讲话|主旨講話|"
               r"CPC delegation|中共代表团|中共代表團")
MFA_RULES: tuple[tuple[str, str], ...] = (
    ("joint_statement", r"joint statement|joint declaration|联合声明|聯合聲明"),
    ("message", r"congratulat|condolence|\bmessages?\b|\bletters?\b|贺电|賀電|唁电|唁電|贺信|賀信|致电|"
                r"致電|致函|慰问电|慰問電"),
    ("phone_call", r"\bphone\b|telephone|通电话|通電話|通话|通話"),
    ("video_call", r"video (?:call|link|conference|meeting|talks)|via video|视频通话|視頻通話|视频会晤|"
                   r"視頻會晤|视频会见|視頻會見"),
    ("arrival", r"\barriv(?:es|ed|ing)\b|kick(?:s|ed)? off (?:a|an|his|her) (?:state |official )?visit|"
                r"(?:begins?|began|starts?|started) (?:a|an|his|her) (?:state |official )?visit|抵达|抵達|"
                r"\b(?:upcoming|forthcoming)\b[^.]{0,40}\bvisit|\bwill (?:pay|make)\b[^.]{0,30}\bvisits?\b|"
                r"将于[^。]{0,40}访问|將於[^。]{0,40}訪問"),
    ("talks", r"\b(?:held|hold|holds|holding) talks\b|\btalks with\b|\btalks between\b|会谈|會談"),
    ("meeting", r"\bmeets?\b|\bmet\b|\bmeeting with\b|会见|會見|会晤|會晤|接见|接見"),
    ("state_visit", r"state visits?|国事访问|國事訪問"),
    ("official_visit", r"official visits?|working visit|正式访问|正式訪問|工作访问|工作訪問"),
    ("state_visit", r"welcom(?:e|ing) ceremony|highest-level reception|欢迎仪式|歡迎儀式"),
)
FOCUS_ONLY = frozenset({"arrival"})  # the Chinese principal's arrival is the news only in the title or lead
FUTURE_BEFORE = re.compile(r"(?:\bwill|\bto|\bexpected to|将|將|拟|擬)\s*(?:also\s+)?$", re.I)
SIDELINES = re.compile(r"on the sidelines|on the margins?|sidelines of|期间会见|期間會見|期间会晤|期間會晤|"
                       r"期间同|期間同", re.I)
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
    return [("title", release.title, 0), ("text", clean[start:end], start),
            ("text", clean[before:start], before), ("text", clean[end:end + 1000], end)]


def _first(rules: tuple[tuple[str, str], ...], text: str, skip: frozenset[str] = frozenset(),
           not_future: frozenset[str] = frozenset()) -> tuple[str, re.Match[str]] | None:
    """The first rule (in priority order) with a match; a match announced for later ("will hold
    talks") does not count for the kinds in ``not_future``."""
    for kind, pattern in rules:
        if kind in skip:
            continue
        for match in re.finditer(pattern, text, re.I):
            if kind in not_future and FUTURE_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
                continue
            return kind, match
    return None


def dateline_city(release: Release) -> str | None:
    span = release.layout.dateline
    if span is None:
        return None
    head = release.layout.clean[span[0]:span[1]]
    if release.zh:
        found = re.search(r"(?:社|网|網|台|报|報)([\u4e00-\u9fff]{1,8}?)\d", head)
        return found.group(1) if found else None
    found = re.match(r"\s*([A-Za-z .'’\-]+?)\s*,", head)
    return found.group(1).strip() if found else None


def _dateline_country(release: Release) -> str | None:
    """The LAC country of the dateline city, 'CN' for a Chinese city, 'other' for a third country."""
    city = dateline_city(release)
    if not city:
        return None
    if CHINESE_CITIES.match(city):
        return "CN"
    span = release.layout.dateline
    for m in release.of(LAC_COUNTRY):
        if m.where == "text" and span and span[0] <= m.start < span[1]:
            return m.entry.id
    country = release.gazetteer.country_by_name(city)
    return country.id if country else "other"


def _set(release: Release, kind: str, where: str, offset: int, match: re.Match[str] | None) -> None:
    release.record.event_type = kind
    if match is not None:
        start, end = offset + match.start(), offset + match.end()
        text = release.title if where == "title" else release.text
        release.record.add_evidence(NAME, Span(start, end, text[start:end], where))


def _idcpc(release: Release) -> None:
    passages = _passages(release)
    country_words = ""
    if release.country_id:
        entry = release.gazetteer.country(release.country_id)
        if entry:
            names = entry.all_names("en")[:6] + entry.names["zh"]
            country_words = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    abroad = re.compile(ABROAD.replace("{country}", country_words or "(?!x)x"), re.I)
    title = passages[0][1]
    found = _first(IDCPC_RULES, title)
    if found:
        _set(release, found[0], "title", 0, found[1])
        return
    dl = _dateline_country(release)
    if dl and dl not in ("CN", "other") and (release.country_id is None or dl == release.country_id):
        span = release.layout.dateline
        _set(release, "delegation_visit_abroad", "text", 0, None)
        release.record.add_evidence(NAME, Span(span[0], span[1], release.text[span[0]:span[1]]))
        return
    for where, text, offset in passages:
        match = abroad.search(text)
        if match:
            _set(release, "delegation_visit_abroad", where, offset, match)
            return
        found = _first(IDCPC_RULES, text)
        if found:
            _set(release, found[0], where, offset, found[1])
            return
        match = re.search(MEETING, text, re.I)
        if match:
            _set(release, "meeting", where, offset, match)
            return
    for where, text, offset in passages:
        match = re.search(RECEIVED, text, re.I)
        if match:
            _set(release, "delegation_received", where, offset, match)
            return
    release.record.event_type = "other"


def _mfa(release: Release) -> None:
    passages = _passages(release)
    focus = " ".join(text for _, text, _ in passages)
    special = re.search(MFA_SPECIAL, " ".join(text for _, text, _ in passages[:2]), re.I)
    if special:
        release.record.event_type = "other"
        return
    sidelines = SIDELINES.search(focus)
    meets = re.search(MEETING, focus, re.I)
    third_country = _dateline_country(release) == "other"
    for i, (where, text, offset) in enumerate(passages):
        found = _first(MFA_RULES, text, skip=FOCUS_ONLY if i >= 2 else frozenset(),
                       not_future=frozenset({"talks", "meeting"}))
        if not found:
            continue
        kind, match = found
        if kind == "arrival":
            visit = re.search(r"official visit|working visit|正式访问|正式訪問", focus, re.I)
            kind = "official_visit" if visit else "state_visit"
        elif kind in ("meeting", "talks") and (sidelines or (third_country and kind == "meeting")):
            kind = "meeting_on_sidelines"
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
