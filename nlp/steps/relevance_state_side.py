"""The Chinese state's side: is China a side of what a page reports through a principal (codebook,
Who counts (foreign ministry): a state leader, a minister or a vice minister)?

The foreign ministry's own site speaks for its principals; a copy (an agency's, a newspaper's, an
embassy's) must name one, or report a state exchange whose states are its sides. The gates here
answer that one question in the forms a copy misses it: no Chinese side named at all or only
further down (``chinese_side_named``, ``no_chinese_side_in_focus``), no principal named
(``no_state_principal``), a province's officials or a leader's spouse as the side
(``local_side_only``, ``spouse_side_only``), a third state's or Taipei's exchange in the headline
(``third_state_headline``, ``taipei_side_headline``). Here too is how a page names China
(``CHINA_NAMED``) and whether a state office's word is China's or a LAC actor's
(``chinese_state_side``), which the party side asks as well (``relevance_party_side``).
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY, LAC_ORG, LAC_PARTY, PLATFORM, Official
from nlp.release import Release
from nlp.steps.country import outside_counterpart
from nlp.steps.mfa_chinese_side import as_spokesperson
from nlp.steps.relevance_below_vice_minister import LOW_OFFICE, office_given_low

# China's side of a state exchange, in any form a release names it (Who counts: the Chinese side is
# a state leader, a minister or a vice minister; a page that names no Chinese side at all reports
# LAC actors among themselves)
CHINA_NAMED = re.compile(r"\bChina\b|\bChinese\b|\bXi\b|中国|中國|中方|中华人民共和国|中華人民共和國|"
                         r"我国|我國")


def chinese_side_named(release: Release) -> bool:
    """Does the page name China or a Chinese official at all? On the ministry's own site it always
    does: "Vice Foreign Minister Hua Chunying visited Guyana" is the ministry's own official."""
    if release.on_ministry_site:
        return True
    if any(m.label == CN_OFFICIAL for m in release.mentions):
        return True
    # the report, not its menus and lists of other stories ("Home | China | World")
    return (CHINA_NAMED.search(release.title) is not None
            or CHINA_NAMED.search(release.layout.clean) is not None)


# A clause or sentence boundary: a LAC name before one no longer owns the office words after it
CLAUSE_BREAK_ZH = re.compile(r"[，。；：！？,;:!?\n]")
CLAUSE_BREAK_EN = re.compile(r"[.;:!?\n]")
CHINA_BEFORE = re.compile(r"(?:Chinese|China's|China’s|中国|中國|中方|我国|我國)\s*$")


def chinese_state_side(release: Release, where: str, text: str, start: int, end: int,
                        offices: re.Pattern[str] | None = None) -> bool:
    """Is a ``state_side`` word (or one of ``offices``) in ``text[start:end]`` China's (see
    ``state_side_only``)? On a Taiwan portal only one with China named before it (中國外交部): those
    papers name Beijing's offices so, and a bare 外交部 or 總統 there is Taipei's own."""
    lac = [m for m in release.mentions if m.where == where
           and m.label in (LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)]
    breaks = CLAUSE_BREAK_ZH if release.zh else CLAUSE_BREAK_EN
    taiwan = release.host.endswith(".tw")
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


def no_state_principal(release: Release) -> bool:
    """Does a copy of a state page (an agency's, a newspaper's, an embassy's) name no Chinese
    principal: no Chinese official of the roster in an office above ambassador, and no office of the
    Chinese state (``state_side``: a premier, a foreign minister, 国务院, 外交部 …) that a LAC name
    does not own? Who counts (foreign ministry): the Chinese side is a state leader, a minister or a
    vice minister. News of trade, sport, aid, vaccines or a LAC election that names China only as a
    country ("cherry exports to China", 中国红十字会, a film week of the embassy) reports no exchange
    of one. The ministry's own site always speaks for its principals (``chinese_side_named``)."""
    if release.on_ministry_site:
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
    return (chinese_state_side(release, "title", release.title, 0, len(release.title), local)
            or chinese_state_side(release, "text", layout.clean, layout.lead_start, layout.lead_end, local))


def principal_named(release: Release) -> bool:
    """Does the page name a Chinese principal (Who counts, foreign ministry): an official of the
    roster in an office above ambassador on the page's day, or an office of the Chinese state
    (``PRINCIPAL_OFFICE``) that no LAC name before it owns? An official or an office named as the
    spokesperson ("Spokesperson Hua Chunying", "a Foreign Ministry spokesperson") is the ministry's
    voice, no principal."""
    day = release.anchor
    for m in release.mentions:
        if m.label != CN_OFFICIAL or not isinstance(m.entry, Official) or office_given_low(release, m):
            continue
        if as_spokesperson(release, m):  # "Spokesperson Hua Chunying said": the ministry's voice
            continue
        offices = m.entry.offices_on(day) if day else list(m.entry.offices)
        if not offices or any(not LOW_OFFICE.search(o.title_en) for o in offices):
            return True
    return (chinese_state_side(release, "title", release.title, 0, len(release.title), OFFICE_NOT_VOICE)
            or chinese_state_side(release, "text", release.layout.clean, 0, len(release.layout.clean),
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
    if release.zh or release.on_ministry_site or not release.title.strip():
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
    title = release.title
    if release.on_ministry_site or not title.strip() or CHINA_NAMED.search(title):
        return False
    if any(m.where == "title" and m.label == CN_OFFICIAL for m in release.mentions):
        return False
    return outside_counterpart(release, ("title",)) and any(
        m.where == "title" for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG))
