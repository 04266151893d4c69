"""What an English page says a named body IS: a party, and of which family.

``nlp/party_names.py`` reads an unlisted party's name by its head noun ("Party", "Front",
"Movement" …). English also heads party names with nouns that as often head bodies that are no
party: "Union", "League", "Congress", "Organisation", "Bloc", "Convergence", "Action" (cue
``party_name.head_if_called``: "the National Union for Progress" of Haiti is a party, "the National
Union of Teachers" is not). The name alone cannot tell them apart; the page can, and a coder reads it:

1. **Called a party.** Such a name is a party's when the page calls the body a party: an apposition
   right after the name (", a left-wing party", ", an opposition party in Belize"); a later definite
   mention by its head noun that says so ("the league is a socialist party", "his organisation, a
   Marxist party"); its holder's "his/her party" in the name's sentence or the next; or a headline
   that calls the guests a party's ("… Meets with Honduran Party Delegation").
2. **The family the page states.** The same apposition or description says the party's family (",
   a left-wing party", "a Marxist party"): the coder's knowledge of the party that the codebook's
   "leftist" asks for, as the party's own name gives it (``party_name.self_described_left``).
3. **A name after its class noun.** English names a party after the word "party" with its country
   before it: "the Grenadian party New Vision", "a Bahamian party, the Independent Citizens' Bloc",
   "a party from Saint Lucia called the Progressive Citizens' Movement". The name there needs no head
   noun: the page has said what it names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, Country, normalise

if TYPE_CHECKING:
    from nlp.release import Release

# ", a left-wing party", "(PLP), an opposition party in …": an apposition that calls the body a party
APPOSITION = re.compile(r"[ ]*(?:\([^()]{1,15}\)[ ]*)?,[ ]+(?:a|an)[ ]+(?P<desc>(?:[\w'’\-]+[ ]+){0,4}?)"
                        r"(?:political[ ]+)?party\b", re.IGNORECASE)
# a holder's "his party" / "her party" soon after the name
HOLDER_PARTY = re.compile(r"\b(?:his|her|their)[ ]+party\b")
# a headline that calls the guests a party's: "Party Delegation", "Party Leaders", "Party Guests"
TITLE_PARTY = re.compile(r"\bParty[ ]+(?:Delegation|Delegates|Leaders?|Guests?|Officials?|Members?)\b")
# the end of the sentence a name is in, and of the next one
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "<the|a|an> <Demonym> [opposition] party[,] [the] <Name>", "a party from <Country> called [the] <Name>"
CLASS_AFTER_ADJ = re.compile(r"[ ]+(?P<desc>(?:[a-z][\w\-]*[ ]+){0,2})"
                             r"[Pp]arty(?:,[ ]+|[ ]+(?:called|named)[ ]+|[ ]+)(?:the[ ]+)?(?=[A-Z])")
CLASS_AFTER_PLACE = re.compile(r"[ ]+(?:called|named)[ ]+(?:the[ ]+)?(?=[A-Z])")
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)[ ]+$", re.IGNORECASE)
PARTY_FROM_BEFORE = re.compile(r"\b[Pp]arty[ ]+from[ ]+(?:the[ ]+)?$")
NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’\-]*(?:[ ]+(?:(?:of|for|the|and)[ ]+)*[A-ZÀ-ÖØ-Þ][\w'’\-]*)*")


def ambiguous_heads() -> frozenset[str]:
    """The head nouns that make a name a party's only where the page calls the body one."""
    return cues.words("party_name.head_if_called", "en")


def apposition(source: str, end: int) -> str | None:
    """The words of an apposition right after a name that calls it a party (", a left-wing party"
    → "left-wing "), or None."""
    found = APPOSITION.match(source, end)
    return found.group("desc") if found else None


def _sentence_end(source: str, start: int, count: int) -> int:
    pos = start
    for _ in range(count):
        found = SENTENCE_END.search(source, pos)
        if found is None:
            return len(source)
        pos = found.end()
    return pos


def called_party(source: str, title: str, start: int, end: int, head: str) -> str | None:
    """How the page calls the body named at ``start:end`` (headed by ``head``) a party: the words it
    describes the party with ("" when it only says "party"), or None when it does not call it one
    (module docstring, 1)."""
    desc = apposition(source, end)
    if desc is not None:
        return desc
    noun = re.escape(head.casefold())
    anaphora = re.compile(rf"\b(?:the|his|her|its|their|this)[ ]+{noun}(?:,[ ]+(?:a|an)|[ ]+is[ ]+(?:a|an))"
                          rf"[ ]+(?P<desc>(?:[\w'’\-]+[ ]+){{0,4}}?)(?:political[ ]+)?party\b", re.IGNORECASE)
    found = anaphora.search(source, end)
    if found:
        return found.group("desc")
    if HOLDER_PARTY.search(source, end, _sentence_end(source, end, 3)):
        return ""
    if TITLE_PARTY.search(title or ""):
        return ""
    return None


def classified(release: Release, source: str, where: str) -> list[tuple[int, int, Country, str]]:
    """Names written after their class noun "party" with their LAC country before it (module
    docstring, 3): (start, end, country, the words describing the party) of each."""
    if "party" not in source and "Party" not in source:
        return []
    out = []
    for m in release.mentions:
        if m.where != where or m.label != LAC_COUNTRY or not isinstance(m.entry, Country):
            continue
        adjectives = {normalise(d) for d in m.entry.demonyms["en"]}
        if normalise(m.text) in adjectives and ARTICLE_BEFORE.search(source, max(0, m.start - 6), m.start):
            after = CLASS_AFTER_ADJ.match(source, m.end)
        elif PARTY_FROM_BEFORE.search(source, max(0, m.start - 20), m.start):
            after = CLASS_AFTER_PLACE.match(source, m.end)
        else:
            continue
        if after is None:
            continue
        name = NAME.match(source, after.end())
        if name is not None:
            out.append((name.start(), name.end(), m.entry, after.groupdict().get("desc") or ""))
    return out


# ", a network of community groups", ", a trade union": an apposition naming what the body is
BODY_APPOSITION = re.compile(r"[ ]*(?:\([^()]{1,15}\)[ ]*)?,[ ]+(?:a|an)[ ]+"
                             r"(?P<np>(?:[\w'’\-]+[ ]+){0,3}?[\w'’\-]+)"
                             r"(?=[ ]+(?:of|from|in|that|which|with)\b|[,.;]|$)")


def not_party_apposition(source: str, end: int, not_party: frozenset[str]) -> bool:
    """Does an apposition right after a name say the body is no party (", a network of community
    groups", ", a trade union of dockers")? A page that says what the body is overrides its head noun."""
    found = BODY_APPOSITION.match(source, end)
    if found is None:
        return False
    words = found.group("np").casefold().split()
    return "party" not in words and any(w in not_party for w in words)
