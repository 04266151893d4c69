"""A segment as a release of its own, so that the field steps read it as they read a whole page:
the same length (every evidence span stays an offset into the page), the segment joined on one line
to be the lead the steps read, and a neutral title where the page's would place every entry in one
country or give every news item the headline's exchange.
"""

from __future__ import annotations

from nlp import cues
from nlp.items.headline import title_names_lac
from nlp.items.kinds import DIGEST, LEGS, ROUNDUP
from nlp.items.units import Segment
from nlp.release import Release
from nlp.schema import Document
from nlp.steps.event_date import dateline_day

# A segment's neutral headline: names no LAC actor, and names the CPC side the page names
# (a segment of an agency copy keeps the page's party side, which may stand outside it).
GENERIC_TITLE = {
    (ROUNDUP, "en"): "Congratulatory messages to the Communist Party of China from political parties abroad",
    (ROUNDUP, "zh"): "外国政党和政要向中国共产党中央委员会和习近平总书记致电致函表示祝贺",
    (DIGEST, "en"): "News in brief: the Communist Party of China's exchanges abroad",
    (DIGEST, "zh"): "中国共产党对外交往简讯",
    (LEGS, "en"): "A delegation of the Communist Party of China abroad",
    (LEGS, "zh"): "中国共产党代表团出访",
}
# A foreign-ministry digest's segment headline: names no party (a CPC headline would make the
# ministry's step read the item as a CPC delegation's activity).
MFA_DIGEST_TITLE = {"en": "Diplomatic news in brief", "zh": "外交简讯"}


def segment_document(release: Release, kind: str, segment: Segment) -> Document:
    """The segment as a release of its own: the page text blanked outside the segment (offsets
    kept), the segment on one line, and the page's title unless it names a LAC actor (then the
    title would place every entry in that country, and a neutral title of the kind is used) or the
    page is a digest (its headline reports no one exchange, so it says nothing of an item's)."""
    doc = release.doc
    # nothing after the segment is read (offsets kept); read from the page's cleaned text: the page's
    # furniture (a time stamp or a date alone on its line under the headline) stays blanked once the
    # segment is joined into one line, where it no longer stands alone and would be read as a day
    text = release.layout.clean[:segment.end]
    chars = [" " if c != "\n" else "\n" for c in text]
    chars[segment.start:segment.end] = [" " if c in "\r\n" else c for c in text[segment.start:segment.end]]
    title = release.title
    lang = "zh" if release.zh else "en"
    generic = MFA_DIGEST_TITLE[lang] if release.is_mfa else GENERIC_TITLE[(kind, lang)]
    side = cues.pattern("party_side")
    # a digest's headline is generic ("Liu Jianchao meets foreign guests", "FM holds talks with
    # counterparts"): its exchange word is no item's format, which the item's own words give
    if (kind == DIGEST or title_names_lac(release)
            or len(title) + segment.end - segment.start < 2 * len(generic)
            or (not release.is_mfa and not side.search(title) and side.search(release.text))):
        title = generic  # (a short list entry under a short title would be too short to read)
    # a digest's item keeps no dateline (blanked), yet its weekdays and "the same day" count from it
    # (codebook, event_date rules 2-3: from the dateline's day, or else the printed date); the
    # record's printed date is the page's again in ``finish_item``. (A trip's legs keep the printed
    # date: their stated days run after a dateline that opens the trip.)
    day = dateline_day(release)[0] if kind == DIGEST else None
    published = (day.isoformat() if day is not None
                 else doc.published or (release.anchor.isoformat() if release.anchor else None))
    return Document(url=doc.url, source=doc.source, lang=doc.lang, title=title, published=published,
                    text="".join(chars), key=doc.key)
