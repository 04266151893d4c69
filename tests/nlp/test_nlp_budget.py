"""Every document is read within a budget: punctuation runs are not tokenized, blank runs do not make
the dateline search quadratic, over-long titles and texts are cut with a note. Speed itself is
measured in bench/fuzz.py; these tests check what the budget does to the text and the record."""

from __future__ import annotations

import random

from nlp_helpers import idcpc

from nlp.dates import DATELINE_EN
from nlp.extract import MAX_TITLE, extract
from nlp.safe_text import tokenizer_safe
from nlp.text import DATELINE_EN_SEARCH, dateline_en, layout


def test_punctuation_runs_are_cut_in_place():
    text = "Cuba " + "=" * 50 + " Brazil (" + "—" * 12 + ")"
    safe, runs = tokenizer_safe(text)
    assert runs == 2
    assert len(safe) == len(text)  # offsets unchanged
    assert safe.startswith("Cuba === ") and "Brazil (—— " in safe
    assert safe.index("Brazil") == text.index("Brazil")


def test_ordinary_punctuation_is_untouched():
    for text in ("He said: \"(Cuba)...\"", "古巴——中国……", "a -- b", "!?...\""):
        assert tokenizer_safe(text) == (text, 0)


def test_hostile_runs_give_a_record_with_a_note():
    body = ("Beijing, June 21st--Song Tao met here today with a group of the Communist Party of Cuba (PCC). "
            + "=" * 20_000 + " " + "(" * 5_000)
    record = idcpc(body, title="Song Tao Meets PCC Delegation")
    assert record.country == "Cuba"
    assert any("repeated punctuation" in note for note in record.notes)


def test_long_title_is_cut_and_noted():
    record = extract({"url": "u", "title": "Cuba " * 1000, "text": "Nothing here."})
    assert any(f"only the first {MAX_TITLE}" in note for note in record.notes)


def test_dateline_search_finds_the_same_dateline_after_long_blanks():
    cases = [
        "\n" * 3000 + "Beijing, June 21st--Song Tao met them.",
        " " * 5000 + "\n  Havana, May 3 -- A delegation arrived.",
        "Intro.\n \nOn March 4--The talks began.",
        "x | Lima, Peru, April 9th, 2024--Both sides met.",
        "Some text  Beijing, June 21st--met.",
        "date 2024-01-01 Beijing, June 21st--met.",
        "A single\nspace Beijing, June 1--no.",
    ]
    for text in cases:
        old, new = DATELINE_EN.search(text), DATELINE_EN_SEARCH.search(text)
        assert (old is None) == (new is None), text
        if old and new:
            assert old.groupdict() == new.groupdict()
            assert (old.start("mname"), old.end()) == (new.start("mname"), new.end())
            assert old.start("city") == new.start("city")


def test_fast_dateline_search_finds_the_same_match():
    pieces = ["Beijing, June 21 (Xinhua) --", "\n", "  ", " ", "|", "| ", "On Nov. 3 --", "date 2023-01-02 ",
              " date 2023-01-02 ", "\t", "LIMA, Peru, March 3, 2021 —", "Havana", ", ", "word ", "On ",
              "June 5 -- ", "\u3000", "Brasilia, Oct. 12th --", "\n\n"]
    rng = random.Random(12)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        end = rng.choice([len(text), rng.randint(0, len(text) + 2)])
        old, new = DATELINE_EN_SEARCH.search(text, 0, end), dateline_en(text, end)
        assert (old and (old.span(), old.groupdict())) == (new and (new.span(), new.groupdict())), text


def test_layout_of_blank_pages_is_read():
    lay = layout("<b>" * 20_000 + "\nBeijing, June 21st--Song Tao met here today with a group.\n"
                 + "<i>" * 40_000)
    assert lay.dateline is not None


def test_lone_surrogates_give_a_record_that_can_be_written():
    import json

    record = extract({"url": "u\ud800", "title": "Cuba \udc00",
                      "text": "Beijing, June 21st--Song Tao met the Communist Party of Cuba. \ud800"})
    assert record.country == "Cuba" and not any("failed" in n for n in record.notes)
    assert any("surrogate" in note for note in record.notes)
    json.dumps(record.to_dict(), ensure_ascii=False).encode("utf-8")
