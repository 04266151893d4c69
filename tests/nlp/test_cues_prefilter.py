"""The cue patterns' required-literal prefilter (nlp/cues.py, ``CuePattern``): a text is searched
with only the fragments whose literal it holds, and every search gives the whole pattern's matches."""

from __future__ import annotations

import re
import string

from nlp import cues
from sample_site.releases import generate

ALL_CHARACTERS = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


def _every_literal() -> set[str]:
    return {lit for cue_id in cues._entries() for lits in cues.pattern(cue_id).literals for lit in lits or ()}


def test_lowercasing_shows_every_character_that_matches_an_ascii_literal_outside_unfolded():
    # re.IGNORECASE lets a character match a literal one when their simple lowercase forms agree,
    # or through a few extra equivalences (ı for i, ſ for s): the lowercased text must show each
    # such character as the literal's own, unless the text is searched whole (UNFOLDED)
    for char in string.printable:
        for match in re.compile(re.escape(char), re.IGNORECASE).finditer(ALL_CHARACTERS):
            found = match.group()
            assert found.lower() == char.lower() or found in cues.UNFOLDED, (char, found)


def test_the_literals_non_ascii_characters_match_only_themselves():
    chars = {c for lit in _every_literal() for c in lit if not c.isascii()}
    assert chars  # Chinese cues have literals
    any_of = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]", re.IGNORECASE)
    assert {m.group() for m in any_of.finditer(ALL_CHARACTERS)} == chars
    assert all(c.lower() == c for c in chars)


def test_literals_are_lowercase_and_found_where_a_fragment_matches():
    pattern = cues.pattern("sidelines")
    assert all(lit == lit.lower() for lit in _every_literal())
    assert ("sidelines of",) in pattern.literals
    text = "Wang Yi met X, who was in Lima for the APEC Summit, on Monday."
    assert pattern.for_text(text) is not pattern.full  # the Chinese fragments are left out
    assert pattern.search(text).span() == pattern.full.search(text).span()
    assert cues.pattern("mfa.meeting").search("Xi Jinping 會見 X") is not None


def test_a_text_with_an_unfolded_character_is_searched_whole():
    assert cues.pattern("sidelines").for_text("on the sıdelines") is cues.pattern("sidelines").full


def test_every_cue_finds_the_same_matches_as_its_whole_pattern():
    texts = []
    for release in generate(120, 5):
        body = "\n".join(release.paragraphs)
        texts += [release.title, body, release.title + "\n" + body, body.upper()]
    for cue_id in cues._entries():
        pattern = cues.pattern(cue_id)
        literals = [lit for lits in pattern.literals for lit in lits or ()]
        for text in [*texts, " ".join(literals), ". ".join(pattern.parts)]:
            got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in pattern.full.finditer(text)], cue_id
            mid = len(text) // 2
            found, whole = pattern.search(text, 3, mid), pattern.full.search(text, 3, mid)
            assert (found and found.span()) == (whole and whole.span()), cue_id
