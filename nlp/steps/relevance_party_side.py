"""The CPC side of a party exchange: is the CPC a side of what a party page reports (``party_side``)?

For the IDCPC the Chinese side must be the party (see ``relevance``'s docstring): the IDCPC's own
site, a party word on the page (``party_side_named``) that no other party owns, an official of one
of the party's departments, or what shows the CPC as the host when a copy names none (a LAC
party's delegation in China, a course for other parties' cadres, a party's message to China, the
party's leader writing to a LAC party). Apart from the step because the event type's items ask it
too (``nlp.items.kinds``); with it are the IDCPC gates that ask who China's side is on a party
page: only the state's (``state_side_only``), only an ambassador or an embassy
(``ambassador_side_only``), none at all (``no_chinese_side``, ``names_no_chinese_side``).
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY, LAC_PARTY, LOOKALIKE, Lookalike, Office, Official
from nlp.release import Mention, Release
from nlp.steps.relevance_below_vice_minister import EMBASSY_WORDS, LOW_SIDE, office_given_low
from nlp.steps.relevance_state_side import CHINA_NAMED, chinese_state_side
from nlp.steps.two_parties import pair_named_zh


def party_official(release: Release) -> bool:
    """Is a headline's assistant minister or director-general the party's own (on the IDCPC's site,
    or the CPC side named in the headline or lead)? Who counts (foreign ministry) excludes the
    ministry's officials below vice minister; on a party page the IDCPC's officials are the CPC side."""
    if release.is_mfa:
        return False
    if "idcpc" in release.host:
        return True
    return party_side_named(release, "title") or party_side_named(release, "lead")


def party_side(release: Release) -> bool:
    """Is the CPC a side of what the page reports? (see the module's docstring)"""
    if "idcpc" in release.host:
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
    if chinese_state_side(release, "text", text, *lead) or chinese_state_side(
            release, "title", release.title, 0, len(release.title)):
        return False
    if any(other_party(release, m) and m.label != LAC_PARTY for m in release.mentions
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
    return (chinese_state_side(release, "title", release.title, 0, len(release.title))
            or chinese_state_side(release, "text", release.layout.clean, release.layout.lead_start,
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
    owners = [m for m in release.mentions if m.where == zone and other_party(release, m)]
    for match in cues.pattern("party_side").finditer(text, start, end):
        if RULED_BY.search(text, max(0, match.start() - 30), match.start()):
            continue  # "a country ruled by the Chinese Communist Party" describes China: no side
        if not any(OWNER_GAP_BEFORE.match(text[m.end:match.start()]) if m.end <= match.start()
                   else OWNER_GAP_AFTER.match(text[match.end():m.start]) if m.start >= match.end()
                   else False for m in owners):
            return True
    return False


def other_party(release: Release, m: Mention) -> bool:
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
    (``office_given_low``)."""
    day = release.anchor
    officials = [m.entry for m in release.mentions
                 if m.label == CN_OFFICIAL and isinstance(m.entry, Official)
                 and not office_given_low(release, m)]
    return [o for official in officials
            for o in ((official.offices_on(day) if day else []) or official.offices)]


def _party_leader_to_a_party(release: Release) -> bool:
    """"Chinese President Xi Jinping … congratulating him on his election as first secretary of the
    Communist Party of Cuba": the sender leads the CPC's Central Committee on that day and the
    headline or lead names a LAC party as the counterpart or the occasion: a party exchange, though
    the copy names only his state office. On a page of messages ("Political parties of many
    countries sent messages to Xi Jinping …") the parties come after the lead, one per sentence or
    paragraph: a LAC party named anywhere in its text is a sender to the CPC's leader. An official
    the page calls an ambassador (``office_given_low``) is that ambassador, not a party leader."""
    day = release.anchor
    if day is None:
        return False
    messages = cues.pattern("idcpc.message").search(release.focus_text()) is not None
    if not release.of(LAC_PARTY, zones=("title", "lead")) and not (
            messages and any(m.where == "text" for m in release.of(LAC_PARTY))):
        return False
    leaders = [m.entry for m in release.of(CN_OFFICIAL, zones=("title", "lead"))
               if isinstance(m.entry, Official) and not office_given_low(release, m)]
    return any("CPC Central Committee" in o.title_en or "Political Bureau" in o.title_en
               for official in leaders for o in official.offices_on(day))
