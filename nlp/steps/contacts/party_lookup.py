"""The LAC party a stretch of the page names, or the party a mention stands for (the party itself,
or the party owning the organisation, such as a youth wing): the lookups the English and Chinese
readers of people share.
"""

from __future__ import annotations

from nlp.gazetteer import LAC_ORG, LAC_PARTY, Organisation, Party
from nlp.release import Mention, Release


def party_in(release: Release, start: int, end: int, where: str = "text") -> Party | None:
    """The first LAC party the page names between ``start`` and ``end`` of its text (or title)."""
    for m in release.mentions:
        if (m.where == where and m.label == LAC_PARTY and isinstance(m.entry, Party)
                and start <= m.start < end):
            return m.entry
    return None


def org_owner(release: Release, m: Mention) -> Party | None:
    """The party of a mention: the party itself, or the party owning the organisation (a youth wing)."""
    if m.label == LAC_PARTY and isinstance(m.entry, Party):
        return m.entry
    if m.label == LAC_ORG and isinstance(m.entry, Organisation) and m.entry.party:
        owner = release.gazetteer.get(m.entry.party)
        return owner if isinstance(owner, Party) else None
    return None
