"""A roundup's entries, one sender each: list entries ("… include: A; B; C"), senders named side by
side ("A, B and C respectively sent …", a tail "A、B等也致电"), and paragraphs that go on about the
sender before them. A roundup's items are one sender each, so a paragraph that runs two LAC
countries' senders together is cut where the country changes (``by_sender_country``).
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_PARTY, Party
from nlp.items.units import LIST_INTRO, Segment, is_short, units_of
from nlp.release import Release
from nlp.sentences import sentence_ends
from nlp.topic_clauses import in_what_was_said

# A paragraph that goes on about the previous sender ("He added …", "他表示"), also one that names
# him again as going on ("Zyuganov further said …", "Trong added …", 久加诺夫还表示, 他并指出): "added",
# "further", 还, 并 say that the speaker has spoken before ("also" and 也 do not: "The PSUV also sent a
# message", 巴西劳工党也表示祝贺 are the next senders).
CONTINUES_EN = re.compile(r"^\s*(?:He|She|They|His|Her|Their|It|The (?:message|letter) (?:also|further))\b"
                          r"|\b(?:he|she|they) (?:added|noted|said)\W*$"
                          r"|^\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} "
                          r"(?:further (?:said|noted|stressed)|added)\b")
CONTINUES_ZH = re.compile(r"^\s*(?:他|她|他们|她们|他們|她們|贺电|賀電|贺信|賀信|信中|电文|電文)"
                          r"|^\s*[^，。；,\s]{1,8}(?:还|還|并|並)(?:表示|说|說|指出|强调|強調|祝愿|祝願)")
LIST_SEPARATORS = re.compile(r"[;；]\s*")
# Senders named side by side before "respectively sent" (A，B，C分别致函…; A, B and C respectively sent …)
RESPECTIVELY = re.compile(r"分别|分別|respectively|separately", re.I)
RESPECTIVE_SEPARATORS = re.compile(r"[，,]\s*(?:and\s+)?|\s+and\s+")
# The tail of a roundup: "此外，A、B、C等拉美政党也致电致函表示祝贺" / "A, B and C also sent messages":
# each party of the list is a sender of its own
TAIL = re.compile(r"等[^。，]{0,20}?(?:也|亦|还|還)[^。]{0,10}?(?:致电|致電|致函|致信|发来|發來|"
                  r"表示祝贺|表示祝賀|表示慰问|表示慰問|表示哀悼)|\s+also\s+(?:sent|expressed|extended|conveyed)\b")
TAIL_SEPARATORS_ZH = re.compile(r"[，,、]|和|及|与|與")


def roundup_segments(clean: str, zh: bool) -> list[Segment]:
    """One segment per sender: a list entry, or a paragraph with the lines that go on about the
    same sender (a name line, then a title line, then the quote; "He added …")."""
    out: list[Segment] = []
    previous_short = False
    continues = CONTINUES_ZH if zh else CONTINUES_EN
    for start, end in units_of(clean, zh):
        line = clean[start:end]
        short = is_short(line, zh)
        split = _split_list(clean, start, end)
        if out and len(split) == 1 and (previous_short or (not short and continues.search(line))):
            out[-1] = Segment(out[-1].start, end)  # a title line or quote after a name line
        else:
            out.extend(split)
        previous_short = short
    return out


def _split_respective(clean: str, start: int, end: int) -> list[Segment] | None:
    """A sentence of senders "A，B，C分别致函…" as one segment per sender (the rest of the
    paragraph is a segment of its own); None when the paragraph is not one."""
    line = clean[start:end]
    match = RESPECTIVELY.search(line)
    tail = match is None
    match = match or TAIL.search(line)
    if not match:
        return None
    sentence_start = max(line.rfind(c, 0, match.start()) for c in "。.!?！？") + 1
    names = line[sentence_start:match.start()]
    zh = bool(re.search(r"[\u4e00-\u9fff]", names))
    if zh:
        parts = re.split(TAIL_SEPARATORS_ZH if tail else r"[，,]", names)
    else:
        parts = re.split(RESPECTIVE_SEPARATORS, names)
    if len(parts) < 2:
        return None
    out = [Segment(start, start + sentence_start)] if sentence_start > 0 else []
    cursor = start + sentence_start
    for part in parts:
        found = clean.find(part, cursor, start + match.start()) if part else -1
        if found < 0:
            continue
        out.append(Segment(found, found + len(part)))
        cursor = found + len(part)
    out.append(Segment(start + match.start(), end))
    return out


def _split_list(clean: str, start: int, end: int) -> list[Segment]:
    """A paragraph that introduces a list ("… include: A; B; C") as one segment per entry."""
    respective = _split_respective(clean, start, end)
    if respective:
        return respective
    line = clean[start:end]
    intro = LIST_INTRO.search(line)
    if intro and in_what_was_said(clean, start + intro.start()):
        intro = None  # "X said it inspires countries including Brazil and Mexico": topics, no senders
    body_start = start + (intro.end() if intro else 0)
    separators = LIST_SEPARATORS
    if not LIST_SEPARATORS.search(clean, body_start, end):
        if not intro or end - body_start < 3:
            return [Segment(start, end)]
        # "… included Kazakh President A, Tanzanian President B and Cuban President C."
        zh = bool(re.search(r"[\u4e00-\u9fff]", line))
        separators = re.compile(r"[，,]\s*") if zh else RESPECTIVE_SEPARATORS
        if not separators.search(clean, body_start, end):
            return [Segment(start, end)]
    out = [Segment(start, body_start)] if intro and intro.start() > 0 else []
    cursor = body_start
    for sep in separators.finditer(clean, body_start, end):
        if sep.start() > cursor:
            out.append(Segment(cursor, sep.start()))
        cursor = sep.end()
    if cursor < end:
        out.append(Segment(cursor, end))
    return out


def by_sender_country(release: Release, segment: Segment) -> list[Segment]:
    """A roundup paragraph that reports two LAC countries' parties sentence by sentence ("在拉美，古巴
    共产党…表示，…。委内瑞拉统一社会主义党主席马杜罗在贺函中说，…。") holds two senders: one segment each,
    cut where a sentence names a party of another country than the sentences before it (sentences
    naming none go on about the sender before them). A roundup's items are one sender each; a
    paragraph that runs two together would code both as one country's."""
    clean = release.layout.clean
    ends = [e for e in sentence_ends(clean, segment.start, segment.end, release.zh) if e < segment.end]
    clauses = _sender_clauses(release, segment)
    cuts = sorted({segment.start, *ends, *clauses, segment.end})
    out: list[Segment] = []
    current: str | None = None
    for a, b in zip(cuts, cuts[1:], strict=False):
        country = clauses.get(a) or _sentence_country(release, a, b)
        if out and a not in clauses and (country is None or current is None or country == current):
            out[-1] = Segment(out[-1].start, b)
            current = current or country
            continue
        start = a + len(clean[a:b]) - len(clean[a:b].lstrip())
        out.append(Segment(start if out else a, b))
        current = country
    return out or [segment]


# Two senders in one English sentence, each with its own clause ("The Workers' Party of Brazil said …,
# and Uruguay's Broad Front wished …"; "…, while …"; "…; …"): the join before the next subject
CLAUSE_JOIN_EN = re.compile(r"(?:,\s+(?:and|while|whereas)|;)\s+(?:the\s+)?", re.I)
CLAUSE_SUBJECT_CHARS = 30  # how far after the join the next sender's name may start ("Uruguay's …")


def _sender_clauses(release: Release, segment: Segment) -> dict[int, str]:
    """Where an English sentence joins a second sender's clause to the first's, and that sender's
    country: a join followed, within a few words, by a LAC party, the clause's subject. A subject is
    no topic of what the first sender said (", and Uruguay's Broad Front wished …" opens a clause of
    its own), so it counts where a name inside a said-clause would not; as a sender of its own, its
    clause is an entry of its own also after a sender of the same country (a roundup's items are one
    sender each)."""
    if release.zh:
        return {}
    clean = release.layout.clean
    parties = sorted(((m.start, m.entry.country) for m in release.of(LAC_PARTY)
                      if m.where == "text" and segment.start <= m.start < segment.end
                      and isinstance(m.entry, Party) and m.entry.country), key=lambda p: p[0])
    cuts: dict[int, str] = {}
    for join in CLAUSE_JOIN_EN.finditer(clean, segment.start, segment.end):
        subject = next((country for at, country in parties
                        if join.end() <= at <= join.end() + CLAUSE_SUBJECT_CHARS), None)
        if subject:
            cuts[join.start() + 1] = subject
    return cuts


def _sentence_country(release: Release, start: int, end: int) -> str | None:
    """The one country whose LAC parties a sentence names outside what was said (None for none or
    for parties of two countries: "A and B said in their messages" is one group of senders)."""
    clean = release.layout.clean
    found = {m.entry.country for m in release.of(LAC_PARTY)
             if m.where == "text" and start <= m.start < end and isinstance(m.entry, Party)
             and not in_what_was_said(clean, m.start)}
    return found.pop() if len(found) == 1 else None
