"""The day a joint text or a letter states where it is signed or dated, at its end or its head.

Codebook, event_date rule 1: a stated day dates the exchange. A joint statement, communiqué,
declaration or memorandum often states its day only in its signature line ("Signed in Beijing on
May 1, 2018", 二〇二三年四月十四日于北京), and a letter printed in full in the place-and-day line that
closes it or stands above its salutation. This module tells such pages apart and reads that line.
"""

from __future__ import annotations

import re
from datetime import date

from nlp import cues
from nlp.dates import CLOSING_DATE_EN, FULL_DATE_ZH, full_date_zh, make_date, month_day, month_number
from nlp.release import Release
from nlp.sentences import sentence_spans
from nlp.steps.dates.candidates import Found
from nlp.steps.dates.datelines import PLACE_ZH
from nlp.steps.letter_page import letter_salutation

CLOSING_LINES = 12  # the lines at a joint text's end where its signature line is looked for
_PLACE_EN = r"[A-Z][A-Za-zÀ-ÖØ-öø-ÿ .'’\-]{1,40}?(?:,\s*[A-Z][A-Za-zÀ-ÖØ-öø-ÿ .'’\-]{1,30}?)?"
# a closing line that is only a place and a day: "Beijing, 14 April 2023", "April 14, 2023, Beijing",
# "(Beijing, 14 April 2023)"
CLOSING_LINE_EN = re.compile(rf"[ \t(\[]*(?:{_PLACE_EN},\s*)?(?P<date>{CLOSING_DATE_EN})"
                             rf"(?:,?\s*{_PLACE_EN})?[ \t)\].]*")
DATE_IN_LINE_EN = re.compile(CLOSING_DATE_EN)
# 二〇二三年四月十四日于北京, 2023年4月14日 北京, 北京，2023年4月14日, （2023年4月14日，北京）,
# 二〇二三年四月十四日
CLOSING_LINE_ZH = re.compile(rf"[\s（(]*(?:{PLACE_ZH}[，,\s　]+)?(?P<date>{FULL_DATE_ZH.pattern})"
                             rf"(?:[，,\s　]*(?:于|於)?[\s　]*{PLACE_ZH})?[\s）)。.]*")
SIGNATURE_GAP_ZH = 25  # 本公报于<day>在布宜诺斯艾利斯签署: the verb within this many characters after the day


def letter_text(release: Release, opens_page: bool = False) -> bool:
    """Is the page the text of a letter or message itself — a message page (event type) that opens
    with a salutation line ("Dear Comrade Xi Jinping,", "Estimado compañero", 尊敬的…同志：; cue
    ``letter_salutation``) before its lead, at it, or on the line after it (an agency's "Editor's
    note: the full text of the letter follows." read as the lead)? Such a text, like a joint one,
    states its day only in the place-and-day line that closes it ("Havana, June 30, 2021"):
    that is the day the letter was written, the exchange the page records (rule 1, a stated day). A
    report about a letter ("On May 10, Xi sent a letter to …") opens with its lead, not a salutation.
    ``opens_page``: the salutation comes before the lead ends, so the page is the letter itself and
    not a report followed by its full text."""
    if release.record.event_type != "message":
        return False
    found = letter_salutation(release)
    return found is not None and (not opens_page or found.start() < release.layout.lead_end)


def closing_dated(release: Release) -> bool:
    """A page dated by the line that closes it: a joint text or the text of a letter."""
    return _signed_document(release) or letter_text(release)


def _signed_document(release: Release) -> bool:
    """Is the page the text of a joint statement, communiqué, declaration, memorandum or action plan
    (its event type, or a headline that names such a text: cue ``signed_document``)? Only the
    headline counts: a lead that names a communiqué is often a meeting that recalls one."""
    if release.record.event_type == "joint_statement":
        return True
    return bool(cues.pattern("signed_document").search(release.title or ""))


def _signature_en(release: Release, start: int, end: int, base: date | None) -> Found | None:
    """The day of an English signature line ("Signed in Beijing on May 1, 2018", "Done at Bridgetown,
    10 September 2023, in duplicate", "This Joint Communique was signed in …") or closing line
    ("Beijing, 14 April 2023", "April 14, 2023, Beijing")."""
    text = release.layout.clean
    line = text[start:end]
    match = CLOSING_LINE_EN.fullmatch(line)
    if match is None and cues.pattern("signature_verb").match(line):
        match = DATE_IN_LINE_EN.search(line)
    if match is None:
        return None
    g = match.groupdict()
    month = month_number(g["mname"] or g["mname2"] or "")
    number = int(g["d"] or g["d2"])
    if not month:
        return None
    if g.get("y"):
        day = make_date(int(g["y"]), month, number)
    else:  # "Beijing, April 14": the year of the dateline or the printed date (rule 4)
        day = month_day(month, number, base or release.anchor)
    at = start + match.start("date") if "date" in g else start + match.start()
    return Found(at, start + match.end(), day, None, "signature", False) if day else None


def _signature_zh(release: Release, start: int, end: int) -> Found | None:
    """The day of a Chinese signature line (本公报于二〇一八年八月二十一日在北京签署, 双方于…签署本声明)
    or closing line (二〇二三年四月十四日于北京, 2023年4月14日 北京, 北京，2023年4月14日); the year is
    always written."""
    text = release.layout.clean
    line = text[start:end]
    match = CLOSING_LINE_ZH.fullmatch(line)
    if match is not None:
        found: re.Match[str] | None = FULL_DATE_ZH.search(line, match.start("date"))
    else:
        verb = cues.pattern("signature_verb")
        found = next((m for m in FULL_DATE_ZH.finditer(line)
                      if verb.search(line[m.end():m.end() + SIGNATURE_GAP_ZH].split("。")[0])), None)
    day = full_date_zh(found) if found else None
    return Found(start + found.start(), start + found.end(), day, None, "signature", False) \
        if found and day else None


def signature_day(release: Release, base: date | None) -> Found | None:
    """The day of the signature line that closes a joint statement, communiqué, declaration or
    memorandum — the last such line among the text's last ``CLOSING_LINES`` lines from the lead on (a
    short text's lead may run to its signature).

    Codebook, event_date rule 1: a stated day dates the exchange, and a joint text often states its
    day only where it is signed ("Signed in Beijing on May 1, 2018", 本公报于二〇一八年八月二十一日在北京
    签署, "Beijing, 14 April 2023"). Such a page is dated by the day its text gives for the exchange
    when there is one (a state visit "from 12 to 15 April" is the 12th, by "Dates of visits and
    briefings"; talks "on 14 April"), else by its signing day — the day the sides concluded the
    statement, which is the exchange the page records. Only pages that are such a text (see
    ``_signed_document``) are read so: a meeting page that recalls a communiqué "signed in Beijing on
    May 1, 2018" is not dated by it.

    A letter or message printed in full signs the same way: the sender's name, then the place and day
    it was written ("Xi Jinping / Beijing, July 1, 2019", "10 May 2023, Beijing", 2021年4月16日于北京).
    That day is the message's, and a message page is the message (codebook, event_type: ``message``),
    so a message page whose lead states no day ("Recently, Xi replied to a letter …", "Full text of
    …") is dated by its closing line too."""
    if not (_signed_document(release) or release.record.event_type == "message"):
        return None
    text = release.layout.clean
    offset = release.layout.lead_start
    lines = [(offset + m.start(), offset + m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text[offset:])]
    if len(lines) == 1:
        # a copy stored on one line: its closing line is the part after its last sentence ("… tourism.
        # Beijing, 5 February 2024"), so the line is read by its sentences
        lines = [(a, len(text[:b].rstrip())) for a, b in sentence_spans(text, *lines[0], release.zh)]
    for start, end in reversed(lines[-CLOSING_LINES:]):
        found = _signature_zh(release, start, end) if release.zh else _signature_en(release, start, end, base)
        if found is not None:
            return found
    return _heading_day(release, base)


def _heading_day(release: Release, base: date | None) -> Found | None:
    """The place and day a letter's text prints above its salutation ("October 24, 2022" / "Havana,
    24 October 2022" on the line before "Dear Comrade …"): a letter is dated at its head or at its
    end, and either line is the day it was written (rule 1, a stated day)."""
    salutation = letter_salutation(release)
    if salutation is None or release.record.event_type != "message":
        return None
    text = release.layout.clean
    above = text[:salutation.start()].rstrip()
    start = above.rfind("\n") + 1
    start += len(above[start:]) - len(above[start:].lstrip())
    if start >= len(above):
        return None
    if release.zh:
        return _signature_zh(release, start, len(above))
    return _signature_en(release, start, len(above), base)
