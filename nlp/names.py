"""How names are compared: the lookup key of a name (``normalise``), acronyms, common words, and
the character classes names are written with.

Why a module of its own: releases write one name many ways (case, accents, curly apostrophes, a
leading "the", dashes, traditional characters). The gazetteer's indexes, its EntityRuler
patterns, its validation and the extraction rules must fold them the same way, or a name found
by one would be missed by another.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nlp.zh_variants import to_simplified

# An alias matched case-sensitively in English text: all capitals/digits, short (PT, MAS, PC, FSLN).
_ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9&.\-/]{0,9}$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-",
                              "·": "·", "•": "·", "・": "·"})


@lru_cache(maxsize=65536)  # asked of every mention by several rules: the same names again and again
def normalise(text: str) -> str:
    """The lookup key of a name: casefolded, accents dropped, quotes unified, no leading 'the',
    Chinese in simplified characters."""
    text = to_simplified(unicodedata.normalize("NFKC", text or "").translate(_APOSTROPHES))
    text = strip_accents(text)
    text = re.sub(r"\s+", " ", text.casefold()).strip(" .,;:\"'()[]")
    text = re.sub(r"^(the|el|la|los|las|o|a|os|as)\s+", "", text)
    return text


@lru_cache(maxsize=4096)  # asked of every mention, several times: the same few hundred names
def is_acronym(alias: str) -> bool:
    """Short all-capital tokens are matched with exact case, so 'PT' does not hit 'pt' or 'Pt'."""
    compact = alias.replace("-", "").replace(".", "").replace("/", "").replace("&", "")
    return bool(_ACRONYM.match(alias)) and sum(c.isupper() for c in compact) >= max(2, len(compact) - 2)


# The marks a name is written with, each one of several interchangeable characters ("Frente
# Amplio–FA", "Saint-Domingue", "Workers’ Party", 胡安·卡洛斯)
DASHES = ["-", "–", "—", "‐"]
APOSTROPHES = ["'", "’"]
INTERPUNCTS = ["·", "•", "・", "‧"]
# Words so common that a name made only of them ("New Ideas", "Popular Force", "A New Era", "Broad Front")
# must be matched with its capitals: lowercase "a new era" or "new ideas" is ordinary diplomatic prose.
GENERIC_WORDS = frozenset("""
a an the of for and in to with by on at de del la el los las y e da do dos das
new ideas popular force broad front unity change radical democratic democracy action will era free together
possible renewal union national social political evolution citizen citizens revolution revolutionary
convergence party movement alliance progress progressive people people's peoples liberal labour labor
workers workers' worker republican republicans independent independence green left right centre center
historic historical pact patriotic patriot fatherland homeland liberty freedom justice first way another
goals realizing hope commons common sovereign great pole christian socialist socialism socialists communist
communists congress organization organisation struggling cause united unified federation coalition
encounter solidarity solidary citizen's majority country we are our all everyone's for all front's
beloved crusade progressives renovation restoration reform reformation development vanguard seed
""".split())


def strip_accents(text: str) -> str:
    """The text without its accents ("Perú" → "Peru"): releases write a name with them or without."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def is_generic(alias: str) -> bool:
    """A name made only of common words: matched with its capitals, never case-insensitively."""
    words = [w for w in re.split(r"[\s\-–—/]+", alias.casefold()) if w]
    return all(w.strip(".,()'’") in GENERIC_WORDS or len(w.strip(".,()'’")) <= 1 for w in words)


# The common nouns that head a party's name. Agency English often writes the noun lower-case after
# the name's distinctive part: "the Communist party of Cuba", "Brazil's Workers' party", "the
# Sandinista National Liberation front".
HEAD_NOUNS = frozenset("""party front movement alliance coalition union pole bloc congress federation
convergence pact organization organisation""".split())


def contains(haystack: str, needle: str) -> bool:
    """Substring at word boundaries for alphabetic needles; plain substring for Chinese."""
    if has_han(needle):
        return needle in haystack
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def has_latin(text: str) -> bool:
    """Some Latin letter in the text."""
    return any("a" <= c.casefold() <= "z" for c in text)


def has_han(text: str) -> bool:
    """Some Chinese character (a CJK unified ideograph, U+4E00–U+9FFF) in the text."""
    return any("\u4e00" <= c <= "\u9fff" for c in text)
