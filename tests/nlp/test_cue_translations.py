"""A cue's ``zh_en`` (cues.json): the English office each Chinese word of the cue is read as, with
the traditional spellings added as for every Chinese cue (``cues.english_of``)."""

from __future__ import annotations

import json

from nlp import cues
from nlp.steps.mfa_bodies import OFFICE_ZH, OFFICER_ZH


def test_every_english_of_a_chinese_word_is_one_of_the_cue_s_english_words():
    entries = json.loads(cues.CUES_FILE.read_text(encoding="utf-8"))["entries"]
    with_pairs = [e for e in entries if "zh_en" in e]
    assert with_pairs
    for entry in with_pairs:
        assert set(entry["zh_en"].values()) <= cues.words(entry["id"], "en"), entry["id"]


def test_a_body_s_offices_in_chinese_both_spellings():
    assert OFFICE_ZH["秘书长"] == OFFICE_ZH["秘書長"] == "Secretary-General"
    assert OFFICE_ZH["总干事"] == OFFICE_ZH["總幹事"] == "Director-General"
    assert OFFICE_ZH["执行秘书"] == OFFICE_ZH["執行秘書"] == "Executive Secretary"
    assert OFFICE_ZH["议长"] == OFFICE_ZH["議長"] == OFFICE_ZH["主席"] == "President"
    found = OFFICER_ZH.match("委员会總幹事朱尔斯表示")
    assert found and found.group("office") == "總幹事" and found.group("name").startswith("朱尔斯")
