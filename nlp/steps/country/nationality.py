"""LAC demonyms that give a person's nationality, not the side he acts for: "a Colombian national",
"of Chilean nationality", "Brazilian-born", 巴西籍, a person's origin ("a diplomat from Trinidad and
Tobago", "who hails from Guyana"), or an office-holder of a body the page has just named ("a FIFA
delegation led by its Brazilian deputy secretary-general"). Such a person acts for his world body,
company or state; the country is no actor of the exchange (codebook, country: the LAC country whose
actors take part; relevant: an exchange with actors of a LAC country). The words are the cues
``nationality_after``, ``origin_before``, ``nationality_before`` and ``body_office_after``.
"""

from __future__ import annotations

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY
from nlp.release import Mention, Release

REACH = 40  # characters read on each side of the name


def nationality_only(release: Release, m: Mention) -> bool:
    """Is this LAC country name only a person's nationality (see the module's docstring)?"""
    if m.label != LAC_COUNTRY:
        return False
    source = release.title if m.where == "title" else release.layout.clean
    after = source[m.end:m.end + REACH]
    if cues.pattern("nationality_after").match(after):
        return True
    if release.zh:
        return False
    before = source[max(0, m.start - REACH):m.start]
    if release.is_mfa and cues.pattern("origin_before").search(before):
        # the ministry's counterparts act for states and are named by office: one it places only by
        # origin is there for another body; a party page's scholar or member "from Brazil" who takes
        # part in a seminar is his country's actor
        return True
    return bool(cues.pattern("nationality_before").search(before)
                and cues.pattern("body_office_after").match(after))
