"""Who counts, below the line: an ambassador, a consul, a special representative or a ministry's
director as China's side (codebook, Who counts: an exchange led only by an ambassador is not one;
the foreign ministry's Chinese side is a state leader, a minister or a vice minister).

Apart from the state's and the party's side (``relevance_state_side``, ``relevance_party_side``)
because both ask it: the office a page gives an official right beside the name
(``office_given_low``) is the one held that day, whatever the roster lists, and an official in
one of these offices is no principal and no CPC side. The words of an embassy's or an
ambassador's activity (``EMBASSY_WORDS``) are read by the headline gate (``relevance_no_exchange``)
and by a party's message to China (``relevance_party_side``).
"""

from __future__ import annotations

import re

from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY, Official
from nlp.release import Mention, Release

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


def office_given_low(release: Release, m: Mention) -> bool:
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
    given_low = {m.entry.id for m in named if office_given_low(release, m)}
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


# the embassy/ambassador/consulate part of ``not_exchange_headline`` (not interviews, commentaries)
EMBASSY_WORDS = re.compile(r"Embassy|Ambassador|Consul|驻")
