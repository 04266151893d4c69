"""Chinese simplified and traditional characters, one for one (``gazetteer/zh_chars.json``).

Why a module of its own: some copies of releases are in traditional characters (Hong Kong, big5
sites). Matching reads them in simplified characters without moving any offset, the gazetteer's
Chinese patterns get the traditional spellings of each name, and the benchmarks make traditional
copies of generated releases — all from the same character table, read once.
"""

from __future__ import annotations

import itertools
import json
from functools import lru_cache

from nlp.gazetteer_entries import DATA_DIR


@lru_cache(maxsize=1)
def _zh_tables() -> tuple[dict[int, str], dict[str, list[str]]]:
    """(traditional→simplified translate table, simplified → its traditional forms)."""
    data = json.loads((DATA_DIR / "zh_chars.json").read_text(encoding="utf-8"))
    reverse = {simp: list(trads) for simp, trads in data["simplified_to_traditional"].items()}
    return str.maketrans(data["traditional_to_simplified"]), reverse


def traditional_table() -> dict[int, str]:
    """The traditional→simplified translation table (``str.translate``), one character for one."""
    return _zh_tables()[0]


def to_simplified(text: str) -> str:
    """Traditional Chinese characters replaced by simplified ones, one for one: offsets are kept, so
    spans found in the converted text point into the original (some releases come in traditional)."""
    return (text or "").translate(_zh_tables()[0])


def to_traditional(text: str) -> str:
    """Simplified characters replaced by their usual traditional form, one for one (how Hong Kong
    and big5 copies print a release; the benchmarks use it to make such copies)."""
    reverse = _zh_tables()[1]
    return "".join(reverse.get(char, [char])[0] for char in text or "")


def traditional_variants(text: str, limit: int = 8) -> list[str]:
    """Traditional spellings of a simplified Chinese name (秘鲁 → 秘魯; 关系 → 關係, 關系, 關繫),
    the usual one first, at most ``limit``."""
    reverse = _zh_tables()[1]
    options = [reverse.get(char, [char]) for char in text]
    ambiguous = [i for i, forms in enumerate(options) if len(forms) > 1][:8]
    for i, forms in enumerate(options):
        if len(forms) > 1 and i not in ambiguous:
            options[i] = forms[:1]
    # best first: fewest departures from each character's usual traditional form
    combos = sorted(itertools.product(*(range(len(forms)) for forms in options)), key=sum)
    variants = ("".join(forms[k] for forms, k in zip(options, combo, strict=True)) for combo in combos)
    return [v for v in dict.fromkeys(variants) if v != text][:limit]
