"""Whether a page is the text of a letter or message itself: it opens with a salutation and ends with
a letter's close.

Apart from the event_type rules because the event date reads it too (a letter's place-and-day line
dates it, ``nlp/steps/dates/signature.py``): one reading of what a letter page looks like.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.release import Release


def letter_salutation(release: Release) -> re.Match[str] | None:
    """The salutation that opens the page when the page is the text of a letter or message itself
    ("Dear Comrade Xi Jinping,", "Estimado compañero", 尊敬的习近平总书记：; cue ``letter_salutation``):
    before its lead, at it, or on the line after it (an agency's "Editor's note: the full text of the
    letter follows." read as the lead). A letter's text need not call itself a message: it salutes,
    greets or thanks in its own words, and it names its sender, office and party only where it is
    signed; such a page is a letter exchanged between the two sides (codebook, event_type
    ``message``). A report about a letter ("On May 10, Xi sent a letter to …") opens with its lead."""
    text = release.layout.clean
    after = text.find("\n", release.layout.lead_end + 1)
    end = len(text) if after == -1 else after
    return cues.pattern("letter_salutation").search(text, 0, end)


LETTER_CLOSE_LINES = 8  # the text's last lines, where a letter's close and signature are


def letter_page(release: Release) -> re.Match[str] | None:
    """The salutation of a page that is a letter's text from salutation to close: it opens as a letter
    does (``letter_salutation``) and ends as one (a complimentary close or the place-and-day line,
    cue ``letter_close``, among its last lines). A speech printed in full may open with "Dear
    friends," but ends with its thanks: it is the gathering where it was given, not a message."""
    salutation = letter_salutation(release)
    if salutation is None:
        return None
    text = release.layout.clean
    lines = [line for line in text[salutation.end():].split("\n") if line.strip()]
    close = cues.pattern("letter_close")
    return salutation if any(close.search(line) for line in lines[-LETTER_CLOSE_LINES:]) else None
