"""Chinese party names no entry lists: noted on the record for the reviewer, never coded.

A LAC country's name followed by a name ending in 党/阵线/运动 that no entry lists is only noted.
Its English name cannot be derived from the characters with any confidence (伯利兹共产党 may be
titled "Communist Party of Belize" or "Belizean Communist Party"), and a Chinese surface name as a
party value would match no coder's English title: one false party and one missed party, where a
note costs nothing and lets the reviewer add the entry. Separate from the English reading
(``nlp/party_names.py``): other characters, other cues, no word comparison and no mention made.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, LOOKALIKE, PLATFORM, Country
from nlp.party_name_country import is_place

if TYPE_CHECKING:
    from nlp.release import Release


ZH_NAME = re.compile(r"[\u4e00-\u9fff“”\"·\-]{1,14}?(?:党|阵线|运动)")

# release.extra: an unlisted Chinese party name in the lead that calls itself left
UNLISTED_LEFT_ZH = "unlisted_left_zh"


def note_unlisted_zh(release: Release) -> None:
    """A Chinese LAC country name followed by a party's name no entry lists (洪都拉斯共产党): noted
    for the reviewer only (module docstring). A party's role (牙买加反对党: cue ``party_name.generic``)
    names no party."""
    text = release.layout.clean
    heads = cues.words("party_name.head", "zh")
    not_party = cues.words("party_name.not_party", "zh")
    generic = set(cues.words("party_name.generic", "zh"))
    left = cues.words("party_name.self_described_left", "zh")
    known = [m for m in release.mentions if m.where == "text" and not is_place(m) and (
        m.label == LOOKALIKE or (m.label in (LAC_PARTY, LAC_ORG, PLATFORM) and m.entry is not None))]
    for m in release.mentions:
        if m.where != "text" or m.label != LAC_COUNTRY or not isinstance(m.entry, Country):
            continue
        found = ZH_NAME.match(text, m.end)
        if found is None or not any(found.group().endswith(h) for h in heads):
            continue
        name = text[m.start:found.end()]
        if found.group() in generic or any(w in name for w in not_party) or any(
                k.start < found.end() and m.start < k.end for k in known):
            continue
        note = f"party not in the gazetteer (Chinese name only, no English name to code it by): {name}"
        if note not in release.record.notes:
            release.record.notes.append(note)
        if m.zone == "lead" and any(w in found.group() for w in left):
            # 特立尼达和多巴哥共产党 in the lead: the counterpart's own name says its family, though no
            # English name codes the party (``nlp/steps/mechanism.py`` reads it for "leftist")
            release.extra.setdefault(UNLISTED_LEFT_ZH, name)
