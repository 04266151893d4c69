"""Rules added while merging the eleventh session's campaigns, each with the self-written page
that failed before it."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

URL_ZH = "https://www.mfa.gov.cn/web/zyxw/202411/t20241125_1.shtml"


@pytest.mark.parametrize("lead", [
    "2024年11月25日，国家主席习近平向奥尔西致贺电，祝贺其当选乌拉圭总统。",
    "2024年11月25日，国家主席习近平致电奥尔西，祝贺其当选乌拉圭总统。",
    "2024年11月25日，國家主席習近平向奧爾西致賀電，祝賀其當選烏拉圭總統。",
])
def test_a_message_to_a_president_elect_is_no_head_of_state_exchange(lead: str) -> None:
    """Chinese puts the addressee after the verb (致电奥尔西) or before it (向奥尔西致贺电): either
    way the congratulation on being elected goes to a president-elect, not yet a head in office
    (codebook, head_of_state_level)."""
    record = mfa(lead, title="习近平祝贺奥尔西当选乌拉圭总统", published="2024-11-25", lang="zh", url=URL_ZH)
    assert record.relevant and record.country == "Uruguay"
    assert record.event_type == "message"
    assert record.head_of_state_level is False


def test_a_message_to_a_head_in_office_with_the_verb_after_the_name() -> None:
    record = mfa("2023年9月15日，国家主席习近平向墨西哥总统洛佩斯致贺电，祝贺墨西哥独立213周年。",
                 title="习近平向墨西哥总统致贺电", published="2023-09-15", lang="zh", url=URL_ZH)
    assert record.relevant and record.country == "Mexico"
    assert record.head_of_state_level is True


def test_every_shared_vocabulary_a_cue_lists_exists() -> None:
    from nlp import cues

    entries = cues._entries()
    for cue_id, entry in entries.items():
        for other in entry.get("with", []):
            assert other in entries and other != cue_id, (cue_id, other)


@pytest.mark.parametrize("cue_id", ["occasion_headline", "mfa_ceremony"])
def test_both_readers_share_the_occasions_held(cue_id: str) -> None:
    """A banquet or a reception held is an occasion on either site; a visitor's warm or
    highest-level reception is how he was received (cue ``occasion_held``)."""
    from nlp import cues

    pattern = cues.pattern(cue_id)
    for held in ("Chinese Embassy Holds Banquet for Guests", "Reception Marks Anniversary", "国庆招待会",
                 "欢迎仪式", "國宴"):
        assert pattern.search(held), held
    for received in ("Visitor Given Warm Reception", "Accorded Highest-level Reception"):
        assert not pattern.search(received), received


@pytest.mark.parametrize("words", ["On the same day", "that same day", "Later that day", "earlier that day",
                                   "同日", "当天", "當天"])
def test_the_day_just_named_is_one_cue_for_dates_and_digest_items(words: str) -> None:
    """The date step and a digest's items read "the day just named" from one vocabulary (cue
    ``same_day``), a time of that day included."""
    from nlp import cues
    from nlp.items.page_items import SAME_DAY

    assert cues.pattern("same_day").search(words)
    assert SAME_DAY.search(words)
