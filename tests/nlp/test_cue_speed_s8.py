"""The cue prefilter's quicker look-ups (nlp/cues.py, ``_Folded``): ASCII literals looked up in the
text's ASCII characters only, other literals skipped when one of their characters is missing from
the text. A fragment whose literal the lowercased text holds must still be kept, and every search
must give the whole pattern's matches, on the mixed texts these look-ups treat apart: English
copies with a bullet or ©, Chinese texts with English words, long and short."""

from __future__ import annotations

from nlp import cues

ENGLISH = ("Beijing, May 10th -- Liu Jianchao, head of the IDCPC, met with a delegation of the "
           "Communist Party of Cuba led by its Political Bureau member on the sidelines of a forum. "
           "The two parties agreed to deepen exchanges; Wang Yi held talks with the foreign minister "
           "of Brazil by video link the next day and sent a congratulatory message.")
FURNITURE = "Home | China | World • Markets close higher • Copyright © 2000 - 2025 All rights reserved."
CHINESE = ("5月10日，中联部部长刘建超在京会见古巴共产党中央政治局委员率领的代表团。双方表示，"
           "愿加强党际交流。同日，王毅外长同巴西外长举行视频通话，并致贺电。International Department "
           "of the CPC; 中國共產黨中央對外聯絡部部長會見；Xi Jinping 會見 the guests.")


def _texts() -> list[str]:
    mixed = [ENGLISH, FURNITURE + "\n\n" + ENGLISH, CHINESE, ENGLISH + " " + CHINESE,
             "china’s communist party • " + ENGLISH, CHINESE[:40], "会见", "•", ""]
    long = [(t + "\n\n") * 6 for t in mixed[:5]]
    return [*mixed, *long, *(t.upper() for t in mixed[:5])]


def _naive_kept(pattern: cues.CuePattern, text: str) -> int:
    """The fragments a plain look-up of every literal in the lowercased text keeps."""
    lowered, kept = text.lower(), 0
    for i, lits in enumerate(pattern.literals):
        if lits is None or any(lit in lowered for lit in lits):
            kept |= 1 << i
    return kept


def test_every_fragment_whose_literal_the_text_holds_is_kept():
    for cue_id in cues._entries():
        pattern = cues.pattern(cue_id)
        for text in _texts():
            kept = pattern._kept(text)
            assert kept is not None
            needed = _naive_kept(pattern, text)
            assert kept & needed == needed, (cue_id, text[:60])


def test_searches_give_the_whole_patterns_matches_on_mixed_texts():
    for cue_id in cues._entries():
        pattern = cues.pattern(cue_id)
        literals = [lit for lits in pattern.literals for lit in lits or ()]
        joined = " • ".join(literals)  # every literal, ASCII ones between non-ASCII characters
        for text in [*_texts(), joined, joined * 3, "中".join(literals)]:
            got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in pattern.full.finditer(text)], cue_id


def test_a_literal_missing_from_a_long_text_leaves_its_fragment_out():
    # the look-ups still prefilter: a long English copy with a bullet holds no Chinese literal,
    # a long Chinese text none of the English ones it does not print
    sidelines = cues.pattern("sidelines")
    english = (FURNITURE + "\n\n" + ENGLISH) * 4
    chinese = CHINESE * 4
    for text in (english, chinese):
        assert sidelines._kept(text) != (1 << len(sidelines.parts)) - 1
    chinese_only = sum(1 << i for i, lits in enumerate(sidelines.literals)
                       if lits and all(not lit.isascii() for lit in lits))
    assert chinese_only and sidelines._kept(english) & chinese_only == 0


def test_a_text_with_an_unfolded_character_is_still_searched_whole():
    text = "on the sıdelines of the summit • " + CHINESE
    assert cues.pattern("sidelines")._kept(text) is None
    assert cues.pattern("sidelines").for_text(text) is cues.pattern("sidelines").full
