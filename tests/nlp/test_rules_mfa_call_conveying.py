"""A headline names a congratulation or sympathy; the text's own word for that exchange gives its
type (codebook, foreign ministry): conveyed in a phone or video call it is the call, sent in a
message, a letter or a cable it is a message. 'Sympathy' alone is what was said, in a message, a
call or a meeting alike (a real page expressing it in a call was coded a message while the bare
word was a message cue)."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa


@pytest.mark.parametrize(("title", "text"), [
    ("Xi Jinping Congratulates Chilean President on Election",
     "On February 5, President Xi Jinping held a phone call with Chilean President Gabriel Boric, "
     "congratulating him on his election."),
    ("Xi Jinping Congratulates Chilean President on Election",
     "On February 5, President Xi Jinping congratulated Chilean President Gabriel Boric in a phone "
     "conversation."),
    ("Xi Jinping Extends Sympathies to Chilean President over Fires in Phone Call",
     "On February 5, President Xi Jinping expressed deep sympathies to Chilean President Gabriel Boric."),
    ("Xi Jinping Expresses Sympathy to Chilean President over Forest Fires",
     "On February 5, President Xi Jinping spoke with Chilean President Gabriel Boric by phone, "
     "expressing sympathy over the forest fires."),
])
def test_a_congratulation_or_sympathy_conveyed_in_a_call_is_the_call(title: str, text: str) -> None:
    assert mfa(text, title=title, published="2024-02-06").event_type == "phone_call"


def test_chinese_sympathy_in_a_call() -> None:
    rec = mfa("2月5日，国家主席习近平同智利总统博里奇通电话，就智利中部森林火灾表示慰问。",
              title="习近平就智利森林火灾向智利总统博里奇表示慰问", published="2024-02-06", lang="zh")
    assert rec.event_type == "phone_call"


@pytest.mark.parametrize(("title", "text"), [
    ("Xi Jinping Congratulates Chilean President on Election",
     "On February 5, President Xi Jinping sent a congratulatory message to Chilean President Gabriel Boric. "
     "The two leaders held a phone call last month."),
    ("Xi Jinping Sends Message of Sympathy to Chilean President after Phone Call",
     "On February 5, President Xi Jinping sent a message of sympathy to Chilean President Gabriel Boric."),
    ("Xi Jinping Congratulates Chilean President on Election",
     "On February 5, President Xi Jinping sent a message to Gabriel Boric after their phone call."),
])
def test_a_message_carried_by_a_message_stays_a_message(title: str, text: str) -> None:
    assert mfa(text, title=title, published="2024-02-06").event_type == "message"


def test_sympathy_said_at_a_meeting_is_no_message() -> None:
    rec = mfa("On February 5, Foreign Minister Wang Yi met with Chilean Foreign Minister Alberto van "
              "Klaveren in Beijing. Wang expressed sympathy over the forest fires.",
              title="Wang Yi Meets Chilean Foreign Minister", published="2024-02-06")
    assert rec.event_type == "meeting"
