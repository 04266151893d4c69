"""The LAC counterpart on a Chinese foreign-ministry page: the office before the name (古巴国家主席
迪亚斯-卡内尔), the addressee of a message (致电罗利，祝贺其就任…总统), peers listed after the first
(同阿根廷外长…、墨西哥外长…), a head's envoy or aide, an office named with no one (会见巴哈马外长),
and the English name and office coders write for what the page prints.

Separate from the English reading (``mfa_counterparts_en``): Chinese puts the office before the
name with no space or case to end either, so the offices are a table (``OFFICE_ZH``) and the name
ends at the first character that is no part of a name (``zh_name``); none of the English patterns
applies, and the step picks one reading or the other by the page's language.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.dates import parse_date
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY, to_simplified
from nlp.leaders import leader_by_zh, official_by_zh
from nlp.release import Release
from nlp.steps.contacts import ZH_STOP
from nlp.steps.mfa_offices_en import office_name

OFFICE_ZH = {"国家主席": "President", "國家主席": "President", "总统": "President", "總統": "President",
             "总理": "Prime Minister", "總理": "Prime Minister", "外长": "Foreign Minister",
             "外長": "Foreign Minister", "外交部长": "Foreign Minister", "外交部長": "Foreign Minister",
             "当选总统": "President-elect", "當選總統": "President-elect",
             "候任总统": "President-elect", "候任總統": "President-elect",
             "副总统": "Vice President", "副總統": "Vice President",
             "共同总统": "Co-President", "共同總統": "Co-President",
             "副总理": "Deputy Prime Minister", "副總理": "Deputy Prime Minister",
             "副外长": "Vice Foreign Minister", "副外長": "Vice Foreign Minister",
             "外交部副部长": "Vice Foreign Minister", "外交部副部長": "Vice Foreign Minister",
             "总督": "Governor-General", "總督": "Governor-General",
             "驻华大使": "Ambassador to China", "駐華大使": "Ambassador to China"}
# The chair of a LAC legislature (古巴全国人大主席拉索, 委内瑞拉全国代表大会主席, 洪都拉斯国民议会议长):
# an office before a name like any other, never a head of state or government; longest first
LEGISLATURE_OFFICE_ZH = {
    "人民政权全国代表大会主席": "President of the National Assembly of People's Power",
    "人民政權全國代表大會主席": "President of the National Assembly of People's Power",
    "全国人民政权代表大会主席": "President of the National Assembly of People's Power",
    "全國人民政權代表大會主席": "President of the National Assembly of People's Power",
    "全国代表大会主席": "President of the National Assembly",
    "全國代表大會主席": "President of the National Assembly",
    "国民代表大会主席": "President of the National Assembly",
    "國民代表大會主席": "President of the National Assembly",
    "国民议会主席": "President of the National Assembly",
    "國民議會主席": "President of the National Assembly",
    "国民议会议长": "President of the National Congress",
    "國民議會議長": "President of the National Congress",
    "全国人大主席": "President of the National Assembly",
    "全國人大主席": "President of the National Assembly",
    "参议院议长": "President of the Senate",
    "參議院議長": "President of the Senate",
    "众议院议长": "President of the Chamber of Deputies",
    "眾議院議長": "President of the Chamber of Deputies",
    "国会主席": "President of the Congress",
    "國會主席": "President of the Congress",
    "国会议长": "President of the Congress",
    "國會議長": "President of the Congress",
    "议长": "Speaker",
    "議長": "Speaker"}
OFFICE_ZH.update(LEGISLATURE_OFFICE_ZH)
# A state's, province's or city's head after its place (巴西巴伊亚州州长, 利马市长): an office before a
# name like the others, as "Governor of Sao Paulo State X" is in English (``_local_office``)
LOCAL_OFFICE_ZH = {"副州长": "Deputy Governor", "副州長": "Deputy Governor", "州长": "Governor",
                   "州長": "Governor", "省长": "Governor", "省長": "Governor", "副市长": "Deputy Mayor",
                   "副市長": "Deputy Mayor", "市长": "Mayor", "市長": "Mayor"}
OFFICE_ZH.update(LOCAL_OFFICE_ZH)
# The heads of a state's other top organs, whom China's own chief justice, auditor-general or
# prosecutor receives (古巴最高人民法院院长雷米希奥, 巴西联邦审计法院院长丹塔斯, 智利总审计长): an office
# before a name like a minister's, never a head of state or government; longest first
STATE_ORGAN_HEAD_ZH = {
    "最高人民法院院长": "President of the People's Supreme Court",
    "最高人民法院院長": "President of the People's Supreme Court",
    "最高法院院长": "President of the Supreme Court", "最高法院院長": "President of the Supreme Court",
    "宪法法院院长": "President of the Constitutional Court",
    "憲法法院院長": "President of the Constitutional Court",
    "联邦审计法院院长": "President of the Federal Court of Accounts",
    "聯邦審計法院院長": "President of the Federal Court of Accounts",
    "审计法院院长": "President of the Court of Audit", "審計法院院長": "President of the Court of Audit",
    "首席大法官": "Chief Justice", "总审计长": "Comptroller General", "總審計長": "Comptroller General",
    "总检察长": "Attorney General", "總檢察長": "Attorney General"}
OFFICE_ZH.update(STATE_ORGAN_HEAD_ZH)
_LEGISLATURE_OFFICES_ZH = "|".join(sorted(LEGISLATURE_OFFICE_ZH, key=len, reverse=True))
# "致电罗利，祝贺其就任特立尼达和多巴哥总统": the name comes before the office; Chinese also puts the
# addressee before the verb ("向奥尔西致贺电，祝贺其当选…"), so the name there ends at the message verb
_MESSAGE_VERB_ZH = r"(?:致贺电|致賀電|致电|致電|致函|致信|致贺信|致賀信)"
MESSAGE_ZH = re.compile(
    r"(?:致电|致電|致函|致信|向(?=[^，,。]{2,24}?" + _MESSAGE_VERB_ZH + r"[，,]))"
    r"(?P<name>(?:[\u4e00-\u9fff]{2,8}?|[\u4e00-\u9fff](?=[·・]))(?:[·・\-－][\u4e00-\u9fff]{1,8}?){0,3})"
    + _MESSAGE_VERB_ZH + r"?[，,、]\s*"
    r"(?:祝贺|祝賀|慰问|慰問)[^。，,]{0,24}?(?P<office>当选总统|當選總統|国家主席|國家主席|总统|總統|总理|"
    r"總理)")
RE_ELECTED_ZH = re.compile(r"连任|再次当选|连选|再度当选")  # re-elected: in office, not an elect
_REMITS_ZH = "(?:" + "|".join(sorted(cues.words("ministry_remit", "zh"), key=len, reverse=True)) + ")"
OFFICES_ZH = (r"当选总统|當選總統|候任总统|候任總統|副总统|副總統|副总理|副總理|国家主席|國家主席|"
              r"共同总统|共同總統|总统|總統|总理|總理|"
              r"外交部副部长|外交部副部長|副外长|副外長|外交部长|外交部長|外长|外長|总督|總督|"
              # any other minister, by the ministry's remit or remits (cue ``ministry_remit``): 财政部长,
              # 经济部部长, 贸易工业和旅游部长; a remit joined to the first may be any "… affairs"
              # (特立尼达和多巴哥外交和加共体事务部长, the Minister of Foreign and CARICOM Affairs)
              rf"{_REMITS_ZH}(?:[和与與、]?(?:{_REMITS_ZH}|[\u4e00-\u9fff]{{1,6}}?(?:事务|事務)))*部?副?部[长長]|"
              rf"驻华大使|駐華大使|{_LEGISLATURE_OFFICES_ZH}|"
              + "|".join(sorted(STATE_ORGAN_HEAD_ZH, key=len, reverse=True)) + "|"
              + "|".join(sorted(LOCAL_OFFICE_ZH, key=len, reverse=True)))
# A second office joined to the first by 、 before the name (多米尼加前总统、人民力量党主席费尔南德斯,
# 委内瑞拉副总统、统一社会主义党副主席罗德里格斯): the name follows the last office, and the first
# names the principal's rank, as "Vice President and Foreign Minister X" does in English; the second may
# be an envoy's remit (智利前总统、智利亚太事务特使弗雷: "X, former President and special envoy for …")
CHAINED_OFFICE_ZH = (rf"、[\u4e00-\u9fff]{{0,14}}?(?:{OFFICES_ZH}|第一书记|第一書記|总书记|總書記|"
                     r"主席|领导人|領導人|秘书长|秘書長|特使|特别代表|特別代表)")
# An office followed by a building is the office's seat, not its holder: 总统官邸黎明宫 (the
# president's residence), 总统府, 总理府 (the palace), 总统办公室
OFFICE_SEAT_ZH = r"官邸|府|宫|宮|办公室|辦公室"
COUNTERPART_ZH = re.compile(
    rf"(?P<office>{OFFICES_ZH})(?:{CHAINED_OFFICE_ZH})?(?!{OFFICE_SEAT_ZH})(?P<name>(?:[\u4e00-\u9fff]{{2,8}}|[\u4e00-\u9fff](?=[·・]))(?:[·・\-－][\u4e00-\u9fff]{{1,8}}){{0,3}})")
ZH_OFFICE_AT = re.compile(rf"(?=(?:{OFFICES_ZH}))")
VICE_OFFICES_ZH = frozenset({"副总统", "副總統", "副总理", "副總理"})
HEAD_IN_TITLE_ZH = re.compile(r"(?<![副前])(?:总统|總統|国家主席|國家主席|总理|總理)")
ZH_FUTURE = re.compile(r"将|將|拟|擬")


# a foreign ministry that holds other remits too (外交和外贸部长, 外交和加共体事务部长): its minister is
# the Foreign Minister, as "Minister of Foreign Affairs and Foreign Trade" is in English (``office_name``)
FOREIGN_MINISTRY_ZH = re.compile(r"外交[和与與、][\u4e00-\u9fff]{1,12}?部?(?P<vice>副)?部[长長]")


def _head_in_title_zh(title: str) -> bool:
    """Does a Chinese headline name a head's office whose holder takes part? Not the one a condolence
    mourns (就委内瑞拉总统查韦斯逝世向委副总统马杜罗致唁电: the vice president is the addressee)."""
    return any(not DECEASED_ZH.match(to_simplified(title[m.end():m.end() + 14]))
               for m in HEAD_IN_TITLE_ZH.finditer(title))


def zh_office(written: str) -> str:
    """The office a Chinese title names, in the codebook's English where the table or the
    foreign ministry's form gives it; else as printed."""
    if written in OFFICE_ZH:
        return OFFICE_ZH[written]
    foreign = FOREIGN_MINISTRY_ZH.fullmatch(written)
    if foreign:
        return "Vice Foreign Minister" if foreign.group("vice") else "Foreign Minister"
    return written


def zh_name(written: str) -> str:
    """A Chinese name as a pattern caught it, cut where the sentence goes on (卢拉同志, 费雷尔会见,
    罗德里格斯和…): the name is the characters before the first word that is no part of a name."""
    stop = ZH_STOP.search(written)
    return written[: stop.start()] if stop else written


CHINESE_BEFORE_ZH = re.compile(r"中国|中國|国家主席习|我国|我國|中方")
# an office word followed by 会/会议/峰会 names a meeting of its holders (二十国集团外长会期间): what follows
# it is no person's name
OFFICE_AS_MEETING_ZH = re.compile(r"(?:会|會)(?:议|議|期间|期間|上|后|後|前|[，,。])|峰会|峰會")


def counterparts_zh(release: Release) -> list[tuple[str, str | None, int, int]]:
    """The LAC principals of a Chinese lead, (name, office, start, end) each: a message's addressee first,
    else the first office and name after a LAC name that is no Chinese official's (with the peers listed
    after him), else an office named with no one."""
    text = release.layout.clean
    start, end = release.layout.lead_start, min(len(text), release.layout.lead_end + 600)
    for match in MESSAGE_ZH.finditer(text, start, end):
        office = OFFICE_ZH.get(match.group("office"), match.group("office"))
        between = to_simplified(text[match.end("name"): match.start("office")])
        if "当选" in between and not RE_ELECTED_ZH.search(between):
            office = f"{office}-elect" if not office.endswith("-elect") else office
        return [(match.group("name"), office, match.start("name"), match.end("name"))]
    unnamed: tuple[str, str | None, int, int] | None = None
    for office_at in ZH_OFFICE_AT.finditer(text, start, end):
        # matched at every office, not consumed by the previous one: "国家主席习近平同古巴国家主席…"
        match = COUNTERPART_ZH.match(text, office_at.start(), end)
        if match is None:
            unnamed = unnamed or _unnamed_office_zh(release, office_at.start(), end)
            continue
        before = text[max(0, match.start() - 12): match.start()]
        if CHINESE_BEFORE_ZH.search(before[-4:]) or ZH_FUTURE.search(before):
            continue
        # a LAC name reaching into the twelve characters before the office (a long party name
        # ending there counts: 多米尼加人民力量党主席、前总统费尔南德斯)
        if not any(m.entry is not None and m.label != CN_OFFICIAL and m.where == "text"
                   and m.start < match.start() and match.start() - 12 <= m.end for m in release.mentions):
            continue
        if any(m.label == CN_OFFICIAL and match.start("name") <= m.start < match.end("name")
               for m in release.mentions):
            continue  # 国家主席习近平: the Chinese principal, not the counterpart
        if OFFICE_AS_MEETING_ZH.match(text, match.start("name")):
            continue  # 外长会期间, 领导人会议: the office names a meeting of office holders, no one person
        if match.group("office") in VICE_OFFICES_ZH and _head_in_title_zh(release.title):
            continue  # the headline names the head: a vice-president in the lead is an attendant
        if DECEASED_ZH.match(to_simplified(text[match.start("name"): match.start("name") + 14])):
            continue  # 就秘鲁前总统藤森逝世向秘鲁总统…致唁电: the one mourned, not the addressee
        aide = _aide_named_zh(text, match.group("office"), match.start("name"), end)
        if aide is not None:
            return [aide]
        name = zh_name(match.group("name"))
        if len(name) >= 2:
            envoy = _envoy_named_zh(text, match.start("name"), end)
            if envoy is not None:
                return [envoy]
            office = zh_office(match.group("office"))
            first = (name, office, match.start("name"), match.start("name") + len(name))
            return [first, *_peers_zh(release, match.group("office"), first[3], end)]
        unnamed = unnamed or _unnamed_office_zh(release, office_at.start(), end)
    return [unnamed] if unnamed else []


PEER_JOIN_ZH = re.compile(r"\s*(?:、|和|及|与|與|以及)\s*")


def _peers_zh(release: Release, office: str, at: int, end: int) -> list[tuple[str, str | None, int, int]]:
    """Peers listed after the first counterpart, each with their own country and the same office
    (同阿根廷外长卡菲耶罗、墨西哥外长埃布拉德、巴巴多斯外长沃尔科特举行视频会晤): every one is a
    counterpart of the exchange, as in "Foreign Minister of Argentina X, Foreign Secretary of Mexico
    Y and …" (a list of other offices, 外长和财政部长, is the first one's entourage)."""
    text = release.layout.clean
    countries = {m.start: m.end for m in release.mentions
                 if m.label == LAC_COUNTRY and m.where == "text" and m.entry is not None}
    found: list[tuple[str, str | None, int, int]] = []
    while True:
        join = PEER_JOIN_ZH.match(text, at, end)
        if join is None or join.end() not in countries:
            return found
        match = COUNTERPART_ZH.match(text, countries[join.end()], end)
        if match is None or match.group("office") != office:
            return found
        name = zh_name(match.group("name"))
        if len(name) < 2:
            return found
        at = match.start("name")
        found.append((name, OFFICE_ZH.get(office, office), at, at + len(name)))
        at = match.start("name") + len(name)


# an envoy's second title may be an aide's office of the head, in a chain of remits (特使、总统投资、
# 贸易和国际合作顾问劳雷亚诺·奥尔特加): the head's office opens it and the aide's word closes it, and
# the name follows; the head's office there is no office of the envoy's own
ENVOY_NAME_ZH = re.compile(
    rf"[、，,]?\s*(?:(?P<aide>(?:总统|總統|主席|总理|總理)[\u4e00-\u9fff、和与與]{{0,20}}?(?:顾问|顧問|助理))|"
    rf"(?P<office>{OFFICES_ZH}))?(?P<name>(?:[\u4e00-\u9fff]{{2,8}}|[\u4e00-\u9fff](?=[·・]))"
    rf"(?:[·・\-－][\u4e00-\u9fff]{{1,8}}){{0,3}})")


def _envoy_named_zh(text: str, at: int, end: int) -> tuple[str, str | None, int, int] | None:
    """The envoy a head sent, named after the head's name and the envoy's words (会见阿根廷总统费尔南德斯
    特使、外长索拉; 巴西总统卢拉特别代表阿莫林): the envoy is the principal the Chinese side met, so
    the counterpart is his name and office (cue ``envoy_after_head``), not the head's. None when the
    page names no one after the words, or names an adviser or spouse without an office (the head's
    own name then stands, not at head level)."""
    after = cues.pattern("envoy_after_head")
    for i in range(at, min(at + 10, end)):  # (the head's name runs on into the words: 卢拉特别代表)
        words = after.search(text[i:min(end, i + 20)])  # (the cue is anchored with \A: a slice)
        if words is not None:
            break
    else:
        return None
    match = ENVOY_NAME_ZH.match(text, i + words.end(), end)
    if match is None:
        return None
    name = zh_name(match.group("name"))
    if len(name) < 2:
        return None
    office = match.group("office")
    if office:
        office = OFFICE_ZH.get(office, office)
    elif re.search(r"特使|特别代表|特別代表", words.group()):
        office = "Special Envoy"
    else:
        return None  # (奥尔特加夫人穆里略: no office said; the head's name stands, as before)
    return name, office, match.start("name"), match.start("name") + len(name)


AIDE_WORDS_ZH = (("首席", "Chief"), ("高级", "Senior"), ("高級", "Senior"), ("私人", "Personal"),
                 ("特别", "Special"), ("特別", "Special"), ("特使", "Special Envoy"),
                 ("代表", "Representative"), ("顾问", "Adviser"), ("顧問", "Adviser"),
                 ("助理", "Assistant"))


def _aide_named_zh(text: str, office: str, at: int, end: int) -> tuple[str, str | None, int, int] | None:
    """A head's aide named right after the head's office with no head's name between (巴西总统首席
    特别顾问阿莫林, 总统特使某某): the aide is the one the Chinese side met, in the office the words
    give ("Chief Special Adviser to the President"), as in "Chief Advisor to the President of Brazil
    Celso Amorim"; the head is no party to the exchange (cue ``envoy_after_head``)."""
    words = cues.pattern("envoy_after_head").match(text[at:min(end, at + 20)])
    if words is None or re.search(r"夫人", words.group()):
        return None
    named = ENVOY_NAME_ZH.match(text, at + words.end(), end)
    if named is None or named.group("office"):
        return None
    name = zh_name(named.group("name"))
    if len(name) < 2:
        return None
    title = " ".join(english for chinese, english in AIDE_WORDS_ZH if chinese in words.group())
    head = OFFICE_ZH.get(office, office)
    joiner = "of" if title.endswith(("Envoy", "Representative")) else "to"
    return name, f"{title} {joiner} the {head}", named.start("name"), named.start("name") + len(name)

# a name followed by the word of his death: the person a condolence mourns (就…逝世向…致唁电) is the
# occasion of the message, never its addressee, who is the principal
DECEASED_ZH = re.compile(r"[^，。,、；;\s就对向致]{1,10}?(?:逝世|去世|病逝|辞世|离世|过世|不幸遇难|遇难)")


UNNAMED_END_ZH = re.compile(r"[，,。、；;（(]|$")


def _unnamed_office_zh(release: Release, at: int, end: int) -> tuple[str, str | None, int, int] | None:
    """An office written after its LAC country with no name ("同来访的乌拉圭总统举行会谈", "会见巴哈马
    外长。"): the office of that country is the counterpart, as "the President of Uruguay" is in an
    English lead ("President of Uruguay"; head-of-state level reads the office). Not a Chinese office
    (中国外长), an announced one, nor an ambassador."""
    text = release.layout.clean
    office = re.match(OFFICES_ZH, text[at:end])
    if office is None or office.group() in ("驻华大使", "駐華大使"):
        return None
    after = text[office.end() + at: office.end() + at + 6]
    stop = ZH_STOP.match(after)
    if not (UNNAMED_END_ZH.match(after) or stop):
        return None
    before = text[max(0, at - 12): at]
    if CHINESE_BEFORE_ZH.search(before[-4:]) or ZH_FUTURE.search(before):
        return None
    countries = [m for m in release.mentions if m.label == LAC_COUNTRY and m.where == "text"
                 and m.end == at and m.entry is not None]
    if not countries:
        return None
    english = OFFICE_ZH.get(office.group(), office.group())
    return (f"{english} of {countries[0].entry.canonical}", None, countries[0].start, at + office.end())


def english_leader(release: Release, name: str, office: str | None, start: int,
                    end: int) -> tuple[str, str | None, int, int]:
    """A Chinese rendering of a LAC head of state or government as the English name coders write."""
    day = parse_date(release.record.event_date) or release.anchor
    leader = leader_by_zh(name, release.country_id, day)
    if leader is None or office not in (None, "President", "Prime Minister", "President-elect",
                                        "Prime Minister-elect"):
        return name, office, start, end
    elect = office is not None and office.endswith("-elect")
    return leader.name, f"{leader.office}-elect" if elect else leader.office, start, end


def english_official(release: Release, name: str, office: str | None, start: int,
                      end: int) -> tuple[str, str | None, int, int]:
    """A Chinese rendering of a LAC official of the roster (a minister, a vice president, the head
    of a legislature: ``lac_officials.json``) with the English name coders write beside it, as the
    contacts write a head ("罗德里格斯 (Delcy Rodríguez)"): either form names him; the office stays
    the one the page prints before the name."""
    if not re.search(r"[\u4e00-\u9fff]", name):
        return name, office, start, end
    day = parse_date(release.record.event_date) or release.anchor
    official = official_by_zh(name, release.country_id, day, to_simplified(release.layout.clean), start)
    if official is None:
        return name, office, start, end
    if not office and official.held_on(day):
        office = office_name(official.office)
    return f"{name} ({official.name})", office, start, end
