"""Where a party's name is written on an English page: the Title-case names around a head noun.

A name is a run of Title-case words around a head noun ("Party", "Front", "Partido" …: cue
``party_name.head``), or capitalised words qualified by "of <Country>" with no head ("the Popular
Vanguard of Costa Rica"). It may start at several words left of its head, never at an office or a
headline verb (``party_name.before_name``); it ends after its head's "of/for …" tail (English) or
its Title-case words (head-first languages), and English closes it at its country ("… of Cuba Hold
Theoretical Seminar" is a headline's). Separate from what a name is compared with
(``nlp/party_name_words.py``) and what is made of it (``nlp/party_names.py``): this is only where
names begin and end.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_PARTY, Country, Gazetteer, normalise
from nlp.party_name_country import is_place
from nlp.party_name_words import STOP, country_name_words, name_words

if TYPE_CHECKING:
    from nlp.release import Mention, Release


MAX_START_WORDS = 6  # how far left of its head noun a name may start

# Title-case words joined by the small words of names in the region's languages
CAP = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
# ("for a"/"to a" first: "the Alliance for a New Guyana" is one name)
SMALL = (r"(?:for[ ]+a|to[ ]+a|of|for|the|to|towards?|and|de|del|la|las|los|el|y|e|do|da|dos|das|para|por|al|"
         r"pela|pelo|du|des|le|les|et|pour|van|voor|het)")
NAME_RUN = re.compile(rf"{CAP}(?:[ ]+(?:{SMALL}[ ]+)*{CAP})*")
WORD = re.compile(r"[^\s]+")

# English small words that join a name's tail to its head only ("Front for Victory", "Movement to
# Socialism"), not after it ("… of Honduras for the CPC's centenary", "… of Honduras to Xi Jinping")
ONLY_AFTER_HEAD = frozenset({"for", "to", "toward", "towards"})

# English word order; the second line's heads make a party's name only where the page calls the body
# a party (``nlp/party_names_called.py``)
HEADS_EN = frozenset({"party", "front", "movement", "alliance", "coalition", "democrats",
                      "union", "league", "congress", "organisation", "organization", "bloc", "convergence",
                      "action"})

# Dutch writes a compound as one word: the head noun is the end of the name's last word
# ("Hervormingspartij", "Eenheidspartij")
COMPOUND_HEADS = ("partij",)


class Candidate:
    """A Title-case name around a head noun: the word spans it may start at, where it ends."""

    def __init__(self, where: str, starts: list[int], tight: int, head: tuple[int, int] | None,
                 end: int, ambiguous: bool = False) -> None:
        self.where, self.starts, self.tight, self.head, self.end = where, starts, tight, head, end
        self.ambiguous = ambiguous  # headed by a noun that heads bodies too: a party only if called one
        self.described: str | None = None  # the page's words for the party, where it calls it one


# Capitalised words, then "of" (and "the") right before a country: "the Popular Vanguard of Costa Rica"
QUALIFIED = re.compile(rf"((?:{CAP}[ ]+(?:{SMALL}[ ]+)*)*?{CAP})[ ]+of[ ]+(?:the[ ]+)?$")


def qualified_candidates(release: Release, source: str, where: str) -> list[Candidate]:
    """Names with no head noun qualified by a LAC country after them ("the Popular Vanguard of Costa
    Rica", "the Democratic Unification of Honduras"): candidates for a listed party's name only."""
    out = []
    before = cues.words("party_name.before_name", "en")
    for m in release.mentions:
        if (m.where != where or m.label != LAC_COUNTRY
                or not source.endswith((" of ", " of the "), 0, m.start)):
            continue
        found = QUALIFIED.search(source, max(0, m.start - 80), m.start)
        if found is None:
            continue
        words = list(WORD.finditer(found.group(1)))
        capitals = [w for w in reversed(words) if w.group()[:1].isupper()]
        starts = [found.start(1) + w.start() for w in capitals if w.group().casefold() not in before]
        cut = next((k for k, w in enumerate(capitals) if w.group().casefold() in before), None)
        if cut is not None:
            starts = starts[:cut]
        if starts:
            out.append(Candidate(where, starts[:MAX_START_WORDS], starts[0], None, m.end))
    return out


@lru_cache(maxsize=4)
def _head_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """A head noun written with its capital, where a name's candidates are looked for (or a Dutch
    compound ending in one, ``COMPOUND_HEADS``)."""
    firsts = "".join(sorted({h[:1].upper() for h in heads}))  # a lookahead first: 4 times faster
    compounds = "|".join(rf"[A-ZÀ-Þ]\w+{h}" for h in COMPOUND_HEADS)
    return re.compile(rf"(?=[{firsts}])\b(?:" + "|".join(re.escape(h.capitalize()) for h in sorted(heads))
                      + rf")\b|\b(?:{compounds})\b")


def is_head_en(word: str) -> bool:
    """Is a head noun an English one (the name's words before it, its country after "of")?"""
    return re.sub(r"['’]s?$", "", word.casefold()) in HEADS_EN


def is_head(word: str, heads: frozenset[str]) -> bool:
    """Is a word of a name a head noun (no possessive), or a Dutch compound ending in one?"""
    word = re.sub(r"['’]s?$", "", word.casefold())
    return word in heads or (word.endswith(COMPOUND_HEADS) and word not in COMPOUND_HEADS
                             and word[:1].isalpha())


def headed_candidates(source: str, where: str, heads: frozenset[str],
                taken: list[tuple[int, int]] = (),  # type: ignore[assignment]
                listed_at: frozenset[int] = frozenset()) -> list[Candidate]:
    """Names around each head noun of each Title-case run of a text. A name starts at a word of the
    run left of its head (``tight``: the first of the capitalised words right before the head, the
    way English writes "Revolutionary Communist Party"; then each capitalised word further left
    through small words, "Fatherland for All Party"), never at or before an office ("Secretary
    General of the …"), and ends after its head's "of/for … Words" tail (English) or its Title-case
    words (Spanish "Partido Comunista de Honduras"), before "and" opening another name. A head inside
    ``taken`` (a look-alike's, a body's or a platform's name: "the Communist Party of China") is none.
    An "and" before a listed party's name (``listed_at``: where such names start) ends the tail: "Peru's
    Alliance for Progress and Popular Action" lists two parties, as "… for Dignity and Independence"
    does not."""
    before = cues.words("party_name.before_name", "en")
    out: list[Candidate] = []
    runs: dict[int, re.Match[str]] = {}
    last_end = -1
    covered = bytearray(len(source) + 1)
    for a, b in taken:
        covered[a:b] = b"\x01" * (b - a)
    for head in _head_pattern(heads).finditer(source):
        if head.start() < last_end or covered[head.start()]:
            continue  # in the run found for the head before it, or in a name of something else
        # the Title-case run holding the head: searched from a word start a little before it
        start = source.rfind(" ", 0, max(0, head.start() - 100)) + 1
        for run in NAME_RUN.finditer(source, start, min(len(source), head.end() + 120)):
            if run.start() <= head.start() < run.end():
                runs.setdefault(run.start(), run)
                last_end = run.end()
                break
            if run.start() > head.start():
                break
    for run in runs.values():
        tokens = [(t.start() + run.start(), t.end() + run.start(), t.group())
                  for t in WORD.finditer(run.group())]
        for i, (h_start, h_end, word) in enumerate(tokens):
            if not is_head(word, heads):
                continue
            tight = i
            while (tight > 0 and tokens[tight - 1][2][:1].isupper()
                   and tokens[tight - 1][2].casefold() not in before):
                tight -= 1
            starts = [tokens[tight][0]]
            j = tight - 1
            while j >= 0 and i - j <= MAX_START_WORDS and (
                    tokens[j][2] in STOP or tokens[j][2].casefold() not in before):
                if tokens[j][2][:1].isupper():
                    starts.append(tokens[j][0])
                j -= 1
            english = word.casefold() in HEADS_EN
            end, k = h_end, i + 1
            before_and = None  # where the name ended before the last "and" of its tail
            while k < len(tokens):
                token = tokens[k][2]
                if token in ONLY_AFTER_HEAD and k != i + 1:
                    break  # "… of Honduras to Xi Jinping": "for"/"to" open a name's tail only after its head
                if token == "and" and english and k == i + 1:
                    # "the Peruvian Nationalist Party and Together for Peru": an English name's tail
                    # opens with "of"/"for", so "and" right after its head opens the next name
                    break
                if token == "and" and any(tokens[n][0] in listed_at for n in (k + 1, k + 2)
                                          if n < len(tokens) and (n == k + 1 or tokens[k + 1][2] == "the")):
                    break  # "… and (the) Popular Action": another listed party's name opens after "and"
                if token in STOP:
                    after = tokens[k + 1][2] if k + 1 < len(tokens) else ""
                    further = tokens[k + 2][2].casefold() if k + 2 < len(tokens) else ""
                    if token == "and" and (after in STOP or re.sub(r"['’]s?$", "", further) in heads):
                        break
                    if token == "and":
                        before_and = end
                    k += 1
                    continue
                if re.sub(r"['’]s?$", "", token.casefold()) in heads or token.casefold() in before:
                    if before_and is not None:
                        # "… Labour Party and Prime Minister of Dominica", "Barbados Labour Party and
                        # Democratic Labour Party leaders": an office or another head after "and" opens
                        # the holder's next role or the next name; this name ended before the "and"
                        end = before_and
                    break  # another name's head, or a headline's verb ("… of Cuba Hold Theoretical Seminar")
                if english and k == i + 1:
                    break  # "Communist Party Central Committee": English puts no name word after the head
                if before_and is not None and len(token) > 1 and token.isupper():
                    # "Mexico's Labor Party and PRD": an acronym after "and" is the next party's whole
                    # name, not a word of this one's tail (which is Title-case: "… for Dignity and
                    # Independence")
                    end = before_and
                    break
                if before_and is not None and re.search(r"['’]s?$", token):
                    # "… Movement and Venezuela's United Socialist Party", "… Front and Costa Rica's Broad
                    # Front": a possessive after "and" is the next name's country, not this name's word
                    end = before_and
                    break
                end = tokens[k][1]
                if re.search(r"['’]s$", token):
                    break  # "the Communist Party of Cuba's Central Committee": the possessive ends the name
                k += 1
            out.append(Candidate(where, starts, tokens[tight][0], (h_start, h_end), end))
    return out


# a lower-case English head noun right after a capitalised word inside a sentence: "Conservative
# party", "Frente Amplio party", "Sandinista front"
LOWER_HEAD = re.compile(r"(?<=[a-zà-ÿ,] )(?:[A-ZÀ-Þ][\w'’\-]* )+(?P<head>[a-z]+)\b")


def heads_capitalised(source: str, heads: frozenset[str]) -> str:
    """The source with a party head noun written in lower case after a name's capitalised words
    given its capital (same length, same offsets). Official English of non-native writers lower-cases
    the head of a name ("Colombian Liberal Party, Conservative party and …", "the Frente Amplio
    party"): the name is the party's all the same. Only inside a sentence (a lower-case word or a
    comma before the capitalised words), so a sentence's first word is never read as a name's."""
    if not any(f" {h}" in source for h in ("party", "front", "movement")):
        return source
    chars = None
    for match in LOWER_HEAD.finditer(source):
        if match.group("head") not in heads or not match.group("head").isascii():
            continue
        chars = chars if chars is not None else list(source)
        chars[match.start("head")] = match.group("head")[0].upper()
    return "".join(chars) if chars is not None else source


# What may run a name on past a mention: a capitalised word, or a small word and one, right after it
RUNS_ON = re.compile(rf"[ ]+(?:(?:{SMALL})[ ]+)*[A-ZÀ-ÖØ-Þ]")


def is_whole_name(source: str, m: Mention) -> bool:
    """Is a resolved party mention the whole Title-case name there ("the Communist Party of Cuba on
    May 9")? No capitalised word before it, nothing that runs on after it: then no longer name is
    written around it, and its head nouns need no reading (most party names on a page)."""
    before = source[max(0, m.start - 40):m.start].split()
    if before and before[-1][:1].isupper():
        return False
    return RUNS_ON.match(source, m.end) is None


# a small word right before a country in a name's tail: "of Cuba", "de Chile", "do Brasil"
OF_BEFORE = re.compile(rf"\b{SMALL}[ ]+$")


def close_at_country(cand: Candidate, mentions: list[Mention], gaz: Gazetteer, source: str) -> None:
    """English closes a name's tail with its country ("… of Cuba"): Title-case words after it are the
    headline's ("Communist Party of Cuba Opens Congress"), not the name's. The country is a country
    mention in the tail, or the country words that end a party's name read there. A language that puts
    the head first closes a name with "de/do … <Country>" only: a country right after a word of the
    name is one of its words ("Movimento Brasil Solidário", "Partido Patria Querida")."""
    if cand.head is None:
        return
    head_first = not is_head_en(source[cand.head[0]:cand.head[1]])
    for m in mentions:
        if (m.entry is not None and is_place(m) and cand.head[1] < m.start < cand.end < m.end
                and OF_BEFORE.search(source, max(0, m.start - 8), m.start)):
            # "… of Saint Vincent and the Grenadines": the tail stopped at the "and" inside the
            # country's own name; the name ends with that name
            cand.end = m.end
    for m in mentions:
        if not (cand.head[1] <= m.end < cand.end) or m.entry is None:
            continue
        if head_first and is_place(m) and not OF_BEFORE.search(source, max(0, m.start - 8), m.start):
            continue
        # a country's name closes it; its adjective does not ("the Party of the Cuban Communists")
        adjectives = {normalise(d) for d in m.entry.demonyms["en"]} if isinstance(m.entry, Country) else set()
        closes = is_place(m) and m.start >= cand.head[1] and normalise(m.text) not in adjectives
        if not closes and m.label == LAC_PARTY and m.start <= cand.head[0]:
            country = getattr(m.entry, "country", None)
            written = name_words(m.text)
            closes = bool(country and written and written[-1] in country_name_words(gaz, country))
        if closes:
            cand.end = m.end
