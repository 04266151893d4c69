"""A segment's record in the page's terms (``finish_item``): the page's identity, hash and title,
evidence inside the segment only, and the day the segment states for its exchange — or, for a
roundup entry that states none, the day the lead gives the messages or the dispatch's dateline, each
noted (``DATELINE_NOTE``: the merge treats such an entry as undated).
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.dates import iso
from nlp.items.kinds import DIGEST, LEGS, ROUNDUP
from nlp.items.units import Segment, within
from nlp.release import Release
from nlp.schema import MULTILATERAL, Record, Span, text_sha256
from nlp.sentences import sentence_at
from nlp.steps import content as content_step
from nlp.steps import mechanism as mechanism_step
from nlp.steps.event_date import dateline_day

# A roundup entry dated by the report's dateline: the message itself may be days older (the merge
# treats it as undated, within a roundup series' window)
DATELINE_NOTE = "event date: the roundup's dateline (the entry names no day of its own)"
# A roundup entry dated by the day the page's lead gives the messages
LEAD_DAY_NOTE = ("event date: the day the roundup's lead gives the messages "
                 "(the entry names no day of its own)")
# A day a roundup entry states ("on June 30", "6月30日", "on Sunday", 星期日: a weekday is a stated day,
# counted back by rule 3): "today" in a quote is not its day.
STATED_DAY = re.compile(r"\d|[一二三四五六七八九十]+日|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                        r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]")


def finish_item(page: Release, kind: str, segment: Segment, seg: Release) -> Record:
    """A segment's record in the page's terms: the page's identity, hash and title; evidence that
    does not lie in the segment (a neutral title's words) dropped; the kind's own decisions."""
    record = seg.record
    doc = page.doc
    record.title = doc.title
    record.published = doc.published
    record.text_sha256 = text_sha256(doc.text or "")
    neutral_title = seg.title != page.title
    for name in list(record.evidence):
        spans = [s for s in record.evidence[name] if not (neutral_title and s.where == "title")]
        if spans:
            record.evidence[name] = spans
        else:
            del record.evidence[name]
    record.notes = [n for n in record.notes if not n.startswith("publication day")]
    dated = [s for s in record.evidence.get("event_date", []) if within(s, segment)
             and (kind != ROUNDUP or STATED_DAY.search(s.text))]
    if not dated:  # a day only when the page gives this exchange's own day ...
        record.event_date = None
        record.event_date_end = None
        record.evidence.pop("event_date", None)
        record.notes = [n for n in record.notes if not n.startswith("event date:")]
        undated = cues.pattern("no_day").search(page.lead())  # "近日纷纷致电": recently, no day
        lead_day = _lead_message_day(page) if kind == ROUNDUP and not undated else None
        if lead_day is not None:
            # ... or, for a roundup entry, the day the lead gives the messages ("7月20日，多国政党领导人
            # 致电…", "On July 1, leaders of … sent messages"): a stated day (rule 1) ...
            record.event_date = page.record.event_date
            record.add_evidence("event_date", lead_day)
            record.notes.append(LEAD_DAY_NOTE)
        by_dateline = kind == ROUNDUP and not undated and lead_day is None
        day, span = dateline_day(page) if by_dateline else (None, None)
        if day is not None and span is not None:
            # ... or, for a roundup entry, the dispatch's dateline: the codebook's rule 2 (a text
            # that names no other day is dated by its dateline)
            record.event_date = iso(day)
            record.add_evidence("event_date", Span(span[0], span[1], doc.text[span[0]:span[1]]))
            record.notes.append(DATELINE_NOTE)
    whole = Span(segment.start, segment.end, doc.text[segment.start:segment.end])
    if page.is_mfa and kind == DIGEST and record.event_type == "meeting" and _gathering_of_digest(page):
        record.event_type = "meeting_on_sidelines"  # the page's summit is every item's setting
    parties = {getattr(seg.gazetteer.get(c.party_id), "country", None) for c in record.contacts if c.party_id}
    if (kind != LEGS and record.country == MULTILATERAL and len(parties) == 1 and None not in parties
            and "global" not in record.mechanism):
        # one country's party whose leader also chairs a regional body sent this one (one LAC party
        # among the world's at a worldwide platform stays multilateral: codebook, country)
        country = parties.pop()
        entry = seg.gazetteer.country(country)
        seg.country_id = country
        record.country = entry.canonical if entry else country
        record.exchange_type = "bilateral"
        mechanism_step.step(seg)
    if kind == ROUNDUP and record.event_type != "message":
        record.event_type = "message"  # every entry of a roundup of messages is a message
        record.evidence["event_type"] = [whole]
        content_step.step(seg)
    record.evidence["item"] = [whole]
    return record


def _lead_message_day(release: Release) -> Span | None:
    """The day the page's lead states for the messages it rounds up, when the sentence that states
    it names them ("7月20日，多国政党领导人致电致函中共中央", "On July 1, leaders of … sent messages"): the
    day of every entry that names none of its own (rule 1, a stated day). A day of the occasion in a
    sentence of its own ("10月16日，大会开幕。连日来，…致电") is not the messages', nor is a dateline's."""
    if release.record.event_date is None:
        return None
    text = release.layout.clean
    dateline = release.layout.dateline
    words = cues.pattern("idcpc.message")
    for span in release.record.evidence.get("event_date", []):
        if span.where != "text" or not (release.layout.lead_start <= span.start < release.layout.lead_end):
            continue
        if dateline and dateline[0] <= span.start < dateline[1]:
            continue
        left, right = sentence_at(text, span.start)
        if words.search(text, left, right):
            return span
    return None


def _gathering_of_digest(release: Release) -> str:
    """The words of a foreign-ministry digest's headline or lead that place its meetings at a
    multilateral summit or conference (``sidelines``: "at the BRICS Summit", 出席联大期间): every
    item of the page was held there (codebook, meeting_on_sidelines: a summit the page names or
    places it at), also an item whose own paragraph names only the day and the counterpart."""
    pattern = cues.pattern("sidelines")
    for text in (release.title, release.lead()):
        found = pattern.search(text)
        if found:
            return found.group()
    return ""
