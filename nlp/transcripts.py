"""Regular press-conference transcripts: which paragraph reports the page's exchange.

A transcript ("Regular Press Conference on …", 例行记者会) has a generic headline, so its record
is the first exchange with LAC actors the page reports (codebook, One page, one record). Most of
it is answers that comment on topics (an election, a disaster, a vote): no exchange. Two kinds
of paragraph report one: the announcements read out before the first question ("At the
invitation of …, President X will pay a state visit …", cue ``invitation``), which are that
visit's announcement, and an answer telling that a leader sent a message (cue
``transcript_message``: "President Xi Jinping sent a message of condolence to …", 习近平主席致电…),
which is the message (codebook, event_type: message; the spokesperson only relays it).

The lead of a transcript is the opening when it announces, else the first answer reporting a
message; relevance then weighs the LAC actors of that paragraph as it does a release's lead.
"""

from __future__ import annotations

import re

from nlp import cues

QUESTION_MARKS = ("?", "？")
PRESS_CONFERENCE = re.compile(r"\bregular press conference\b|例行记者会|例行記者會", re.IGNORECASE)


def is_transcript(title: str | None) -> bool:
    """A regular press conference transcript, by its headline."""
    return PRESS_CONFERENCE.search(title or "") is not None


def opens_with_announcements(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does the transcript open with the spokesperson's announcements (cue ``invitation``) before
    the first question? Then they are the page's exchange and the answers below are other topics."""
    first = next(((a, b) for a, b in spans if text[a:b].strip()), None)
    return first is not None and cues.pattern("invitation").search(text[first[0]:first[1]]) is not None


def reporting_paragraph(text: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The transcript's part that reports an exchange: the opening announcements (each paragraph of
    the opening that announces a visit; a LAC visit may come second), else the first answer
    relaying a leader's message with the question before it; None when neither."""
    filled = [(a, b) for a, b in spans if text[a:b].strip()]
    if not filled:
        return None
    invitation = cues.pattern("invitation")
    opening = 0
    while opening < len(filled) and invitation.search(text[filled[opening][0]:filled[opening][1]]):
        opening += 1
    if opening:  # the announcements read before the first question, one visit a paragraph
        return (filled[0][0], filled[opening - 1][1])
    message = cues.pattern("transcript_message")
    for i, (a, b) in enumerate(filled):
        if message.search(text[a:b]):
            # with the question it answers, which often names the country the answer does not
            # ("A plane crashed in Havana …?" / "President Xi sent a message to President X")
            asked = i > 0 and text[filled[i - 1][0]:filled[i - 1][1]].rstrip().endswith(QUESTION_MARKS)
            return (filled[i - 1][0] if asked else a, b)
    return None
