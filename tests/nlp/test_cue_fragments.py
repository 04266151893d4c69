"""Named fragments of cues.json (``fragments``, used in a pattern as ``{name}``): expanded when the
file is read, as if written out in each pattern; a ``{name}`` that is no fragment is left for
``cues.source`` to fill; every fragment is used and every placeholder is known."""

from __future__ import annotations

import json
import re

import pytest

from nlp import cues

# the placeholders code fills when it reads a cue (cues.source(cue_id, country=...))
FILLED_BY_CODE = {"country"}


def _raw() -> dict:
    return json.loads(cues.CUES_FILE.read_text(encoding="utf-8"))


def test_a_fragment_is_put_in_as_written_and_other_braces_are_kept():
    named = cues.named_fragments({"a": "x|y", "b": "(?:{a}|z)", "c": "{d}", "d": "w"})
    assert named == {"a": "x|y", "b": "(?:x|y|z)", "c": "{d}", "d": "w"}  # only names above it
    expanded = cues.expand(r"\b(?:{b}) in {country}\d{2}[a-z]{0,3}", named)
    assert expanded == r"\b(?:(?:x|y|z)) in {country}\d{2}[a-z]{0,3}"


def test_every_fragment_is_used_and_every_placeholder_is_a_fragment_or_filled_by_code():
    data = _raw()
    names = set(data["fragments"])
    used: set[str] = set()
    for text in data["fragments"].values():
        used |= set(cues.PLACEHOLDER.findall(text))
    for entry in data["entries"]:
        for key in cues.PATTERN_KEYS:
            for fragment in entry.get(key, []):
                used |= set(cues.PLACEHOLDER.findall(fragment))
    assert used - names <= FILLED_BY_CODE, used - names - FILLED_BY_CODE  # a typo would match nothing
    assert names <= used, names - used
    for cue_id, entry in cues._entries().items():
        for key in cues.PATTERN_KEYS:
            left = {n for f in entry.get(key, []) for n in cues.PLACEHOLDER.findall(f)}
            assert left <= FILLED_BY_CODE, (cue_id, left)


def test_the_fragments_of_a_chinese_cue_get_their_traditional_forms():
    # the names are expanded before the traditional spellings are added: both forms match
    pattern = cues.pattern("sidelines")
    assert pattern.search("王毅出席金砖国家外长会晤期间会见巴西外长")
    assert pattern.search("王毅出席金磚國家外長會晤期間會見巴西外長")


@pytest.mark.parametrize("text", [
    "Wang Yi met Foreign Minister X, who is in Rio de Janeiro for the BRICS Summit, on Monday.",
    "Li Qiang, in New Delhi for the Group of Twenty summit meeting and the G20 Summit, met X.",
    "Xi met X, who was invited to attend the China-CELAC Ministerial Meeting.",
    "Both leaders are in Lima to attend the APEC Economic Leaders’ Meeting.",
    "The two met, as both attended the session of the United Nations Human Rights Council.",
    "Wang met the minister in Kazan, where the BRICS summit is taking place this week.",
    "X, who came to Brazil for the China-LAC Leaders' Meeting, met Y.",
    "Wang Yi met Z in Johannesburg ahead of the G77 Ministerial Meeting.",
    "They met as special guests of the General Assembly high-level week.",
    "李强在出席二十国集团领导人峰会期间会见阿根廷总统。",
    "此次来华进行国事访问，并出席中拉论坛部长级会议。",
    "习近平此行出席亚太经合组织第三十一次领导人非正式会议。",
])
def test_the_sidelines_cue_reads_each_named_gathering(text):
    assert cues.pattern("sidelines").search(text), text


@pytest.mark.parametrize("text", [
    "Wang Yi met X, who is in Lima for a state visit, on Monday.",
    "Wang Yi met X in Brasília; he looks forward to attending the summit next year.",
    "访问期间会见巴西总统。",
])
def test_the_sidelines_cue_still_refuses_what_is_no_gathering(text):
    assert not cues.pattern("sidelines").search(text), text


def test_the_press_party_and_region_lists_read_as_before():
    briefing = "The minister briefed the visiting Chinese journalists on the trip."
    assert cues.pattern("not_head_level").search(briefing)
    assert cues.pattern("mfa_other").search("Wang Yi told reporters the visit went well.")
    assert cues.pattern("many_parties").search("He met party representatives from eight Caribbean countries.")
    group = cues.pattern("group_of_states")
    assert group.search("Wang Yi met ambassadors of Central American countries in Beijing.")
    assert group.search("He met heads of delegations from Caribbean states.")
    assert re.search(cues.source("group_of_states"), "Andean nations' envoys met him", re.I)
