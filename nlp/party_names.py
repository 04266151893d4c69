"""Party names the gazetteer's aliases do not reach: other forms of a listed party's name, and
parties the gazetteer does not list.

Releases name a LAC party in many forms the aliases cannot all list: a translation in another
word order ("the Party of Labour of Guatemala" for the Guatemalan Party of Labour, "the Dominican
Party of Workers"), "of <country>" for a demonym, an extra head noun ("the Broad Front Party of
Costa Rica"), a missing one ("the Popular Vanguard of Costa Rica"). And they name small parties no
list has: a small country's communist or socialist party sending a message, a new party. The
codebook wants every LAC party that takes part, by its English name.

``find(release, leading)`` runs once the gazetteer's own mentions are resolved
(``nlp/release.py``) and adds mentions of two kinds, which the contact and mechanism steps read as
they read any party mention:

1. **Variant forms of listed parties.** A Title-case name around a party head noun (or, with none,
   followed by "of <Country>") is compared, word by word in any order, with the names of the
   parties of ONE country: the country the name itself carries (in it, or its possessive or
   demonym right before it; else the one whose own name's words it holds), else the one the page
   is about. A name the gazetteer's own rules left open as too common ("The Labor Party sent
   greetings") stays open. Words are compared without case, accents, possessives, plural "s", British or
   American spelling, small words and the country's own names; a head noun "Party" present on one
   side only is left out. A clear best match (``SIMILAR``, and ``MARGIN`` above any other party of
   the country) is that party, unless the name as written opens another party's name ("Partido
   Comunista del Peru"). A name is never compared with another country's parties, and a name the
   gazetteer knows as a look-alike (a non-LAC party, a country outside the region), a body or a
   platform is no candidate at all. A name starts after offices, people and headline verbs
   (``party_name.before_name``) and ends at its country's name ("… of Cuba Hold Theoretical
   Seminar" is a headline's).
2. **Unlisted parties.** A name that matches no party and is clearly a party's own name — a head
   noun ("Party", "Front", "Movement", "Partido" …: cue ``party_name.head``), at least one word of
   its own beyond the head, the country and describing words (``party_name.generic``: "the Ruling
   Party"), no word of a body that is no party (``party_name.not_party``: youth, union, peace,
   parliament …), and a LAC country in the name or right before it, or stated for it right after it
   (", a political party of Saint Lucia", ", a Haitian party", "… from Barbados", a headline's "…
   Delegation from Guyana"), or else the one LAC country the page is about when the page names no
   place outside the region (a coder reads the page alone) — is a counterpart party whose canonical
   is the name as written (no leading article; "Argentina's X" is X), with a note on the record for
   the reviewer to add it.
   The name as written takes its words joined by "and" ("the National Unity and Progress Party")
   and a second head ("… Alliance Party"); a name in a head-first language (Spanish, Portuguese,
   French, Dutch, Creole) ends before an English "of" ("Partido Esperanza Verde of Costa Rica" is
   the page's word on its country) or an English head noun ("the Partido Renacer Nacional party":
   the page's word for what it is) and holds a country written inside it ("Movimento Brasil
   Solidário") or its country's Spanish or Portuguese adjective ("Frente Progresista Uruguayo":
   the name's country); Dutch writes the head into the last word ("Eenheidspartij"). It is leftist only
   where its own name says so (``party_name.self_described_left``: the README's "self_described"
   basis).

A longer name written around a listed party's shorter one ("the Revolutionary Communist Party of
Uruguay" around "Communist Party of Uruguay") is the longer name's party: the shorter mention is
dropped when the longer one has a word of its own (not a country, not a head noun), or opens a name
several countries' parties share with a country none of them is of ("the Barbados Workers' Party").
A body's word before the shorter name ("the Venezuelan Youth Movement for Socialism") leaves no
party at all. A head-first name holds a listed name after its head the same way ("Movimiento Unidad
Popular Amazónica" around "Unidad Popular"; "Partido Frente Amplio" has no word of its own beyond it).

Chinese: a LAC country's name followed by a name ending in 党/阵线/运动 that no entry lists is only
noted on the record (``nlp/party_names_zh.py``): its English name cannot be derived from the characters.

This module decides what each name is; its parts are beside it: where names are written
(``nlp/party_name_candidates.py``), which country a name carries (``nlp/party_name_country.py``),
how a name is compared with the listed ones (``nlp/party_name_words.py``), and what a page calls a
body (``nlp/party_names_called.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from nlp import cues
from nlp import party_names_called as called
from nlp.gazetteer import (
    CN_OFFICIAL,
    LAC_COUNTRY,
    LAC_ORG,
    LAC_PARTY,
    LOOKALIKE,
    PLATFORM,
    Country,
    Party,
    normalise,
)
from nlp.party_name_candidates import (
    CAP,
    WORD,
    Candidate,
    close_at_country,
    headed_candidates,
    heads_capitalised,
    is_head,
    is_head_en,
    is_whole_name,
    qualified_candidates,
)
from nlp.party_name_country import (
    ACRONYM_THEN_OF,
    COMMON_PLACE_WORDS,
    adjective_country,
    country_by_words,
    country_of,
    is_place,
    stated_country,
)
from nlp.party_name_words import (
    PARTY_NOUNS,
    STOP,
    best_party,
    content_words,
    country_name_words,
    cut_short,
    name_word,
    name_words,
    self_described_left,
)
from nlp.party_names_zh import note_unlisted_zh

if TYPE_CHECKING:
    from nlp.release import Mention, Release


def _clean(text: str, country: Country | None) -> str:
    """The name as written, for a canonical: no leading article, no "<Country>'s", no trailing
    possessive, one space between words."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    if country is not None:
        for name in country.all_names("en"):
            text = re.sub(rf"^{re.escape(name)}['’]s?\s+", "", text)
    return re.sub(r"['’]s?$", "", text).strip()


def find(release: Release, leading: str | None) -> None:
    """Add the mentions of variant and unlisted party names of an English release (a Chinese one's
    unlisted names are noted by ``party_names_zh``); see the module docstring. ``leading`` is the
    country the page is about (``resolve``'s), for a name that carries none."""
    if release.zh:
        note_unlisted_zh(release)
        return
    added: list[Mention] = []
    heads = cues.words("party_name.head", "en")
    for where, source in (("title", release.title), ("text", release.layout.clean)):
        if source:
            _Reader(release, where, heads_capitalised(source, heads), leading, added).read_all()
    _title_short_forms(release, added)
    _title_descriptions(release, added)
    if added:
        release.mentions.extend(added)
        release.mentions.sort(key=lambda m: (m.where != "title", m.start))


def _title_short_forms(release: Release, added: list[Mention]) -> None:
    """A headline writes a party's name without the country its text gives it ("… the Popular Unity
    Front" over "the Popular Unity Front of Bolivia"): a listed name of another country inside the
    headline's short form ("Popular Unity", Chile's) is a word of that unlisted name, not that party."""
    text_unlisted = [m.entry for m in added if m.where == "text" and m.entry.family == "unlisted"]
    if not text_unlisted or not release.title:
        return
    title = normalise(release.title)
    for m in release.mentions:
        if m.where != "title" or m.label != LAC_PARTY or m.entry is None:
            continue
        for party in text_unlisted:
            short = normalise(re.split(r" of ", party.canonical)[0])
            if (party.country != m.entry.country and normalise(m.text) in short and short != normalise(m.text)
                    and re.search(rf"\b{re.escape(short)}\b", title)):
                m.entry = None


def _title_descriptions(release: Release, added: list[Mention]) -> None:
    """A headline speaks of the page's party in its own short words ("… Meets Leader of Peruvian
    Left Party" over a text about "the New Socialist Front (NFS) of Peru"): an unlisted name read in
    the headline that the text never writes, where the text names a party of that same country, is
    the headline's description of that party, not a party of its own."""
    text = normalise(release.layout.clean)
    named = {getattr(m.entry, "country", None) for m in release.mentions + added
             if m.where == "text" and m.label == LAC_PARTY and m.entry is not None}
    for m in list(added):
        if m.where != "title" or m.entry.family != "unlisted" or m.entry.country not in named:
            continue
        if re.search(rf"\b{re.escape(normalise(m.entry.canonical))}\b", text):
            continue
        added.remove(m)
        note = f"party not in the gazetteer: {m.entry.canonical} ("
        release.record.notes[:] = [n for n in release.record.notes if not n.startswith(note)]


class _Reader:
    """The candidate names of one source (title or text) of a release, read against its mentions."""

    def __init__(self, release: Release, where: str, source: str, leading: str | None,
                 added: list[Mention]) -> None:
        self.release, self.gaz, self.where, self.source = release, release.gazetteer, where, source
        self.leading, self.added = leading, added
        self.mentions = [m for m in release.mentions if m.where == where]
        self.heads = cues.words("party_name.head", "en")
        self.not_party = cues.words("party_name.not_party", "en")
        self.generic = cues.words("party_name.generic", "en")

    def read_all(self) -> None:
        self.lac_lookalikes = {id(m) for m in self.mentions if self.written_as_lac(m)}
        taken = [(m.start, m.end) for m in self.mentions if m.label in (LAC_ORG, PLATFORM, CN_OFFICIAL)
                 or (m.label == LOOKALIKE and not is_place(m) and id(m) not in self.lac_lookalikes)
                 or (m.label == LAC_PARTY and m.entry is not None and is_whole_name(self.source, m))]
        listed_at = frozenset(m.start for m in self.mentions if m.label == LAC_PARTY and m.entry is not None)
        for cand in (headed_candidates(self.source, self.where, self.heads, taken, listed_at)
                     + qualified_candidates(self.release, self.source, self.where)):
            self.read(cand)
        ambiguous = headed_candidates(self.source, self.where, called.ambiguous_heads(), taken, listed_at)
        for cand in ambiguous:
            cand.ambiguous = True
            self.read(cand)
        for cand in ambiguous:  # "the Barbados Unity Alliance, the Jamaica Progressive Congress and …"
            if self.listed_with_parties(cand):
                cand.described = ""
                self.read(cand)
        for start, end, country, desc in called.classified(self.release, self.source, self.where):
            cand = Candidate(self.where, [start], start, None, end)
            cand.described = desc
            read = any(a.where == self.where and a.start < end and start < a.end for a in self.added) or any(
                m.label == LAC_PARTY and m.entry is not None and m.start < end and start < m.end
                for m in self.mentions)
            if not read and not self.listed(cand, country.id, named=True):
                self.unlisted(cand, country, name_words(self.source[start:end]))

    def read(self, cand: Candidate) -> None:
        """One candidate name: linked to a listed party, read as an unlisted one, or left alone."""
        gaz, source, mentions = self.gaz, self.source, self.mentions
        h_start, h_end = cand.head or (cand.tight, cand.end)
        if cand.head is not None:
            close_at_country(cand, mentions, gaz, source)
        if any(m.label == LAC_PARTY and m.entry is not None and m.start <= cand.tight and cand.end <= m.end
               for m in mentions):
            return  # the gazetteer's own name covers it ("the Communist Party of Cuba")
        if any(a.where == cand.where and a.start < cand.end and cand.tight < a.end for a in self.added):
            return  # read already, as another candidate around the same words
        for m in mentions:
            if not (m.start < cand.end and cand.starts[-1] < m.end):
                continue
            if m.label in (LAC_ORG, PLATFORM, CN_OFFICIAL) or (m.label == LOOKALIKE and not is_place(m)
                                                               and id(m) not in self.lac_lookalikes):
                if m.start < h_end and h_start < m.end or m.start >= cand.tight:
                    return  # a body, a platform, a Chinese office or a foreign party has this name
        for m in mentions:  # "Trinidad and Tobago Communist Party": the name opens with its country
            if m.label == LAC_COUNTRY and m.start < cand.tight < m.end:
                cand.tight = m.start
                cand.starts = [m.start] + [s for s in cand.starts[1:] if s < m.start]
        own = [m for m in mentions if m.label == LAC_PARTY and m.entry is not None and m.start < h_end
               and h_start < m.end]
        country = country_of(self.release, cand.where, cand.tight, cand.end, mentions)
        if country is None and cand.head is not None:
            country = stated_country(source, cand.end, mentions)
        if country is None and cand.head is not None and not is_head_en(source[cand.head[0]:cand.head[1]]):
            country = adjective_country(gaz, name_words(source[cand.head[1]:cand.end]))
            if country is not None and any(a.entry.family == "unlisted" and a.entry.country == country.id
                                           for a in self.added):
                # the page named an unlisted party of that country already (the headline's English
                # name): its own-language name in the text, placed only by its adjective, is that one's
                return
        if country is None and cand.head is not None:
            country = self.home_country(cand)
            if country is not None and any(a.where == "title" and a.entry.family == "unlisted"
                                           and a.entry.country == country.id for a in self.added):
                return  # the headline's English name of an unlisted party: the text's own-language one
        if country is None and cand.head is not None:
            country = self.counterpart_country(cand)
        if country is None and cand.head is not None:
            country = self.coordinated_country(cand)
        if country is not None and country is not False and not isinstance(country, Country):
            self.foreign_longer(cand)
        if country is False or (country is not None and not isinstance(country, Country)):
            return  # two countries, or a country outside the region ("the Philippine ... Party")
        words = name_words(source[cand.tight:cand.end])
        if own and cand.head is not None:
            self.longer_name(cand, own, country, words)
            return
        inner = [m for m in mentions if m.label == LAC_PARTY and m.entry is not None and cand.head is not None
                 and cand.head[1] <= m.start and m.end <= cand.end]
        if inner and not is_head_en(source[cand.head[0]:cand.head[1]]):  # type: ignore[index]
            # a head-first name around a listed one's words ("Movimiento Unidad Popular Amazónica"
            # around "Unidad Popular"): a longer name, read as such
            self.longer_name(cand, inner, country, words)
            return
        if isinstance(country, Country) and cand.head is not None:
            tail = [m for m in mentions if m.label == LAC_PARTY and m.entry is not None
                    and cand.head[1] <= m.start and m.end <= cand.end]
            if tail and all(getattr(m.entry, "country", None) != country.id for m in tail):
                # "the Uruguayan Party of Popular Unity": another country's listed name in the tail of
                # a name that carries its own country is a word of that longer name, not that party
                for m in tail:
                    m.entry = None
        before_head = [m for m in mentions if m.label == LAC_PARTY and m.entry is not None
                       and m.start < cand.end and cand.starts[-1] < m.end
                       and not (m.end <= cand.tight and COORDINATED_GAP.fullmatch(source, m.end, cand.tight))]
        # (a listed name joined to this one by "and" is the list's other member, not a word of it)
        if (before_head and isinstance(country, Country) and cand.head is not None
                and all(cand.tight <= m.start and m.end <= cand.head[0]
                        and getattr(m.entry, "country", None) != country.id for m in before_head)):
            # "the Popular Unity Front of Bolivia": another country's listed name before the head of a
            # name that carries its own country is a word of that longer name (as in its tail, above)
            for m in before_head:
                m.entry = None
            before_head = []
        if before_head:
            return  # a listed name in the words before the head ("Fatherland for All Party"): read already
        written = name_words(source[cand.starts[-1]:cand.end])
        guessed = None if country is not None else country_by_words(gaz, written)
        if country is None and guessed is None and any(
                m.label == LAC_PARTY and m.entry is None and m.start < h_end and h_start < m.end
                for m in mentions):
            return  # a name too common to stand alone ("The Labor Party sent greetings"): resolve() decided
        country_id = country.id if isinstance(country, Country) else (guessed or self.leading)
        if country_id and self.listed(cand, country_id, named=country is not None):
            return
        if isinstance(country, Country) and cand.head is not None:
            self.unlisted(cand, country, words)

    def foreign_longer(self, cand: Candidate) -> None:
        """A name that carries a country outside the region around a listed LAC party's shorter name,
        with a word of its own beyond it ("the Partido Progresista Ibérico of Spain" around Chile's
        "Partido Progresista"), is that foreign country's party: the shorter mention is no LAC party's."""
        inside = [m for m in self.mentions if m.label == LAC_PARTY and m.entry is not None
                  and cand.tight <= m.start and m.end <= cand.end]
        if not inside:
            return
        places = {w for m in self.mentions if is_place(m) and cand.tight <= m.start and m.end <= cand.end
                  for w in name_words(m.text)}
        shorter = {w for m in inside for w in name_words(m.text)}
        extra = [w for w in name_words(self.source[cand.tight:cand.end]) if w not in STOP and w not in shorter
                 and w not in places and w not in self.heads and w not in PARTY_NOUNS]
        if extra:
            for m in inside:
                m.entry = None

    def home_country(self, cand: Candidate) -> Country | None:
        """The country of a name left in its own (head-first) language that carries none ("the Frente
        Popular Renovador", "the Movimiento Amplio Ciudadano"): the one LAC country the page is about,
        when the page names no place outside the region. A coder reads the page alone, and a page that
        names one LAC country and no other place names that country's parties. Not in a headline,
        whose Title Case runs a name on into the next words ("… Frente de Todos Lawmakers"); not for
        a name the next words continue ("the Partido Renacer Nacional party of Honduras": read whole);
        not for a name of China's party in another language ("Partido Comunista da China"); and not
        an English name ("the Island Unity Party"), which may be any country's."""
        if self.leading is None or cand.where != "text" or is_head_en(
                self.source[cand.head[0]:cand.head[1]]):  # type: ignore[index]
            return None
        written = set(name_words(self.source[cand.tight:cand.end]))
        if NAME_GOES_ON.match(self.source, cand.end) or CHINA_WORDS & written:
            return None  # (the name runs on; China's party)
        return self.only_country()

    def counterpart_country(self, cand: Candidate) -> Country | None:
        """The country of an English name that carries none, written in the lead as the counterpart's
        own ("met with X, chairman of the National Progress Party", "a delegation of the Liberty
        Alliance Party"): the one LAC country the page is about, when the page names no place outside
        the region. Such a name may be any country's where the page only mentions it; as the party
        of the guest the lead presents, it is the party of the page's one counterpart country."""
        if self.leading is None or cand.where != "text" or self.release.zone_of(cand.tight) != "lead":
            return None
        if not is_head_en(self.source[cand.head[0]:cand.head[1]]):  # type: ignore[index]
            return None
        if not COUNTERPART_OF.search(self.source, max(0, cand.tight - 40), cand.tight):
            return None
        own = self.source[cand.tight:cand.head[0]] or self.source[cand.head[1]:cand.end]  # type: ignore[index]
        if len(CAPITALISED.findall(own)) < 2:
            return None  # "the Spanish Party", "the Labour Party": a kind of party more than a name
        return self.only_country()

    def coordinated_country(self, cand: Candidate) -> Country | None:
        """The country of an English name that carries none, coordinated right after a party of the
        page's one LAC country ("leaders of the Ecuadorian Socialist Party and of the Citizen Power
        Movement", "a joint delegation of the United Socialist Party of Venezuela and the Bolivarian
        Movement …"): a list of names one noun or verb takes names things of one kind, and its first
        member's country carries over to a member that states none (as ``coordinated_parties`` does
        for a bare common name). Only where the page names no place outside the region and names the
        country outside the parties' names: "Leaders of the Bahamas X and the Antigua Y" opens each
        member with its own country, which a word the gazetteer does not know may be."""
        if self.leading is None or cand.where != "text":
            return None
        if not is_head_en(self.source[cand.head[0]:cand.head[1]]):  # type: ignore[index]
            return None
        country = self.only_country()
        if country is None:
            return None
        if not any(m.label == LAC_COUNTRY and getattr(m.entry, "id", None) == self.leading
                   and not self.in_party_name(m) for m in self.release.mentions):
            return None  # the country only opens a name of the list ("Leaders of the Bahamas X and …")
        for m in self.mentions + self.added:
            if (m.where == cand.where and m.label == LAC_PARTY and m.end <= cand.tight
                    and getattr(m.entry, "country", None) == self.leading
                    and COORDINATED_GAP.fullmatch(self.source, m.end, cand.tight)):
                return country
        return None

    def only_country(self) -> Country | None:
        """The page's one LAC country (``leading``), when the page names no place outside the region:
        the country a coder reading the page alone gives a party whose name carries none (the
        readings above say which names may take it)."""
        if self.leading is None or any(is_place(m) and m.label != LAC_COUNTRY for m in self.release.mentions):
            return None
        country = self.gaz.country(self.leading)
        return country if isinstance(country, Country) else None

    def listed(self, cand: Candidate, country_id: str, named: bool) -> bool:
        """Link the name, from the first of its starts that matches, to a listed party of the country."""
        country_words = country_name_words(self.gaz, country_id)
        for start in cand.starts:
            words = content_words(name_words(self.source[start:cand.end]), country_words)
            if len(words) < 2 or not named and not any(w in self.heads or w in PARTY_NOUNS for w in words):
                continue
            party = best_party(self.gaz, country_id, words)
            if party is not None and not cut_short(self.gaz, country_id, party, self.source[start:cand.end]):
                self.added.append(self.mention(party, start, cand.end))
                return True
        return False

    def mention(self, party: Party, start: int, end: int) -> Mention:
        from nlp.release import Mention  # (nlp.release imports this module)

        zone = "title" if self.where == "title" else self.release.zone_of(start)
        mention = Mention(LAC_PARTY, (party.id,), start, end, self.source[start:end], self.where, zone)
        mention.entry = party
        return mention

    def written_as_lac(self, m: Mention) -> bool:
        """Is a foreign party's name (a look-alike) written as a LAC country's own party: its bracketed
        acronym and "of <LAC country>" right after it ("the Progressive Labour Party (PLP) of Saint
        Lucia", a name Bermuda's party also bears)? The page places the party; a coder follows it."""
        if m.label != LOOKALIKE or is_place(m) or getattr(m.entry, "kind", None) != "party":
            return False
        return any(c.label == LAC_COUNTRY and isinstance(c.entry, Country) and c.start > m.end
                   and ACRONYM_THEN_OF.fullmatch(self.source[m.end:c.start]) for c in self.mentions)

    def listed_with_parties(self, cand: Candidate) -> bool:
        """Is a name not read yet listed (", … and …") right beside a party's name the page names? A
        list of names one verb takes ("Leaders of the A Alliance, the B Congress and the C Front took
        part") names things of one kind: a name beside parties' names is a party's."""
        if any(a.where == self.where and a.start < cand.end and cand.tight < a.end for a in self.added):
            return False
        parties = [m for m in self.mentions + self.added if m.where == self.where and m.label == LAC_PARTY
                   and m.entry is not None]
        for m in parties:
            gap = (self.source[cand.end:m.start] if m.start >= cand.end
                   else self.source[m.end:cand.tight] if m.end <= cand.tight else None)
            if gap is not None and LIST_GAP.fullmatch(gap):
                return True
        return False

    def programme(self, cand: Candidate, country: Country) -> bool:
        """Does an English name's tail state a programme ("the Alliance for a New Guyana", "Movement
        for a New Haiti")? Its describing words are then the name's own: the tail is what the party
        is for, not what the page says about it."""
        tail = self.source[cand.head[1]:cand.end]  # type: ignore[index]
        if not re.match(r"[ ]+(?:for|to|towards?)[ ]+", tail):
            return False
        return any(w in self.generic
                   for w in content_words(name_words(tail), country_name_words(self.gaz, country.id)))

    def own_words(self, words: tuple[str, ...], country: Country) -> list[str]:
        """A name's words of its own: not its country's, not a head noun, not a describing word."""
        return [w for w in content_words(words, country_name_words(self.gaz, country.id))
                if w not in self.heads and w not in PARTY_NOUNS and w not in self.generic and not w.isdigit()]

    def unlisted(self, cand: Candidate, country: Country, words: tuple[str, ...]) -> None:
        """A party's own name that no entry lists becomes an unlisted party (module docstring, 2)."""
        start = self.joined_start(cand)
        if start != cand.tight:
            words = name_words(self.source[start:cand.end])
        body = {w for w in words if w in self.not_party}
        if words and words[0] in PARTY_NOUNS:
            body -= UNION_WORDS  # "Partido Unión Andina": a name that opens with "Party" is a party's
        elif self.party_headed(cand):
            # "the Progressive Union Party", "the Humanist Federation Party": a body's form noun before
            # the capitalised head "Party" is a word of the party's name (a union is not headed "Party")
            body -= called.ambiguous_heads() | FORM_NOUNS
        described = cand.described if cand.described is not None else called.apposition(self.source, cand.end)
        if cand.ambiguous and cand.head is not None and self.class_noun_after(cand):
            cand.described = cand.described if cand.described is not None else ""
        if cand.ambiguous and cand.head is not None:
            head = self.source[cand.head[0]:cand.head[1]]
            described = called.called_party(self.source, self.release.title if self.where == "text" else "",
                                            cand.tight, cand.end, head)
            described = described if described is not None else cand.described
            if described is None and self_described_left(self.source[start:cand.end]):
                described = ""  # "the Socialist Union of Ecuador": its own name calls it a political body
            if described is None:
                return  # "the National Union of Teachers": a union until the page calls it a party
            body -= {name_word(head.casefold())}
        if body or called.not_party_apposition(self.source, cand.end, self.not_party):
            return
        if not self.own_words(words, country) and not (cand.head is not None
                                                       and self.programme(cand, country)):
            return
        end = cand.end
        second = SECOND_HEAD.match(self.source, end)
        if cand.head is not None and second and cand.head[1] == end:
            end = cand.end = second.end()  # "… Citizens' Alliance Party": a second head, one name
        first = WORD.match(self.source, start)
        if (cand.head is not None and is_head_en(self.source[cand.head[0]:cand.head[1]]) and first
                and first.end() < cand.head[0] and not is_head_en(first.group())
                and is_head(first.group(), self.heads)):
            # "the Partido Renacer Nacional party of Honduras": the page's English word for what the
            # named body is, after a name in its own language, is no word of the name
            end = len(self.source[:cand.head[0]].rstrip())
        elif cand.head is not None and not is_head_en(self.source[cand.head[0]:cand.head[1]]):
            # a name in a head-first language has no English "of": "Partido Esperanza Verde of Costa
            # Rica" is the party's name and the page's word on its country
            cut = ENGLISH_OF.search(self.source, cand.head[1], end)
            end = cut.start() if cut else end
        name = _clean(self.source[start:end], country)
        lac_form = any(id(m) in self.lac_lookalikes and m.start <= start and end <= m.end + 1
                       for m in self.mentions)
        if not name or (self.gaz.is_lookalike(name) and not lac_form) or self.gaz.parties_by_alias(name):
            return
        name = self.one_form(name, country)
        left = self_described_left(name) or bool(described and self_described_left(described))
        party = self.gaz.unlisted_party(name, country.id, left)
        self.added.append(self.mention(party, start, cand.end))
        note = f"party not in the gazetteer: {name} ({country.canonical}); a reviewer may add it"
        if note not in self.release.record.notes:
            self.release.record.notes.append(note)

    def in_party_name(self, place: Mention) -> bool:
        """Is a country's mention a word of a party's name the page writes (read or listed)?"""
        return any(m.label == LAC_PARTY and m.entry is not None and m.where == place.where
                   and m.start <= place.start and place.end <= m.end
                   for m in self.release.mentions + self.added)

    def class_noun_after(self, cand: Candidate) -> bool:
        """Does the page write its class noun "party" in lower case right after a name headed by
        another noun ("the Convergence for Democratic Change party")? That word calls the body a
        party and is no word of its name: the name ends before it (``heads_capitalised`` gave it its
        capital to read a name before it)."""
        original = self.release.title if self.where == "title" else self.release.layout.clean
        found = CLASS_NOUN_AFTER.search(original, cand.tight, cand.end)
        if found is None or found.end() != cand.end or found.start() <= cand.head[1]:  # type: ignore[index]
            return False
        cand.end = found.start()
        return True

    def party_headed(self, cand: Candidate) -> bool:
        """Is an English name headed by "Party" as the page writes it, capitalised (not the page's
        lowercase class noun, which ``heads_capitalised`` capitalises to read a name before it)?"""
        if cand.head is None:
            return False
        original = self.release.title if self.where == "title" else self.release.layout.clean
        return original[cand.head[0]:cand.head[1]] == "Party"

    def one_form(self, name: str, country: Country) -> str:
        """One party written "Suriname's National Unity Party" in the headline and "the National Unity
        Party of Suriname" in the text is one party, not two: both forms take the full one, its
        country after "of" (the headline's possessive is dropped from a canonical, ``_clean``)."""
        tails = [f" of {the}{n}" for n in country.all_names("en") for the in ("", "the ")]
        short = next((name[:-len(t)] for t in tails if name.endswith(t)), None)
        for m in self.added:
            other = m.entry
            if other.family != "unlisted" or other.country != country.id:
                continue
            if short is not None and other.canonical == short:
                full = self.gaz.unlisted_party(name, country.id, self_described_left(name))
                m.entry = full  # the headline's short form, met first, is the full name's party
                notes = self.release.record.notes
                notes[:] = [n for n in notes if not n.startswith(f"party not in the gazetteer: {short} (")]
                return name
            if any(other.canonical == name + t for t in tails):
                return other.canonical
        return name

    def joined_start(self, cand: Candidate) -> int:
        """Where an English name starts whose words before the head are joined by "and" ("the National
        Unity and Progress Party"): Title-case words, "and", Title-case words, with no other name's
        head, no country and nothing else the page names among them; else the name's tight start."""
        start = cand.tight
        for earlier in cand.starts[1:]:
            between = self.source[earlier:cand.tight]
            if not AND_JOINED.fullmatch(between) or any(
                    is_head(w, self.heads) for w in between.split()) or any(
                    m.start < cand.tight and earlier < m.end for m in self.mentions if m.label != LAC_PARTY
                    or m.entry is not None):
                break
            start = earlier
        return start

    def longer_name(self, cand: Candidate, own: list[Mention], country: Any, words: tuple[str, ...]) -> None:
        """A listed party's name read inside a longer name around the same head noun ("the
        Revolutionary Communist Party of Brazil" around "Communist Party of Brazil"): the longer name
        is another party when it has a word of its own beyond the shorter one (not a country word,
        not a head noun), or when the shorter one is a name several countries' parties share, opened
        by a country none of them is of. Then the shorter mention is dropped and the longer name read
        as a name of its own. A body's word before the shorter name ("the Venezuelan Youth Movement
        for Socialism") makes it no party's: the shorter mention is dropped; after it ("… of Cuba
        Central Committee") the party is still named."""
        gaz = self.gaz
        if any(m.start <= cand.tight and cand.end <= m.end for m in own):
            return  # the gazetteer's name covers the whole name
        if any(m.label == LAC_PARTY and m.entry is not None and m not in own and m.start < cand.tight < m.end
               for m in self.mentions):
            return  # it opens inside another listed name: a list of names, one per line, run together
            # ("Antigua and Barbuda Labour Party Dominica Labour Party"): a word is of one name only
        shorter = {w for m in own for w in name_words(m.text)}
        first = min(m.start for m in own)
        if any(w in self.not_party and w not in shorter for w in name_words(self.source[cand.tight:first])):
            for m in own:  # "the Venezuelan Youth Movement for Socialism": a body's name, not the party's
                m.entry = None
            return
        if any(w in self.not_party for w in words):
            return  # "the Communist Party of Cuba Central Committee": the party's own body, the party named
        if country is None:  # the longer name's country is in the shorter ("Communist Party of Brazil")
            country = next((gaz.country(m.entry.country) for m in own if set(name_words(m.text))
                            & (country_name_words(gaz, m.entry.country) - COMMON_PLACE_WORDS)), None)
        if not isinstance(country, Country):
            return
        extra = [w for w in self.own_words(words, country) if w not in shorter]
        # "the Barbados Workers' Party": a name several countries' parties share ("Workers' Party"),
        # opened by a country none of them is of, is a party of that country; where one of them is
        # (Panama's PRD in "Mexico, Brazil and Panama Party of the Democratic Revolution") resolve()
        # has decided
        shared = any(len(m.ids) > 1 and m.entry.country != country.id
                     and all(getattr(c, "country", None) != country.id
                             for c in gaz.candidates("|".join(m.ids)))
                     for m in own)
        if not extra and not shared:
            return
        party = best_party(gaz, country.id, content_words(words, country_name_words(gaz, country.id)))
        if party is not None and any(m.entry is party for m in own):
            return
        for m in own:
            m.entry = None
        if party is not None:
            self.added.append(self.mention(party, cand.tight, cand.end))
            return
        self.unlisted(cand, country, words)


# The words of a name of China's own party written in another language ("Partido Comunista da China")
CHINA_WORDS = frozenset({"china", "chinese", "chines", "chino", "chinois"})
# An English head noun or "of" right after a head-first name: the page's words go on with it
NAME_GOES_ON = re.compile(r"[ ]+(?:[Pp]arty|of)\b")
# Title-case words joined by one "and" (no article after it) before a name's own words
AND_JOINED = re.compile(rf"(?:{CAP}[ ]+)+and[ ]+")
# "union" names a trade union, except in a name that opens with the word "party" itself
UNION_WORDS = frozenset({"union"})
# the counterpart's office or group right before its party's name: "chairman of the", "a delegation of"
COUNTERPART_OF = re.compile(r"\b(?:leader|chairman|chairwoman|chairperson|chair|president|"
                            r"secretary[- ]general|general[ ]secretary|founder|coordinator|delegation|"
                            r"leaders|members)[ ]+of[ ]+"
                            r"(?:the[ ]+)?$")
# between two names of one list: ", ", ", and the ", " and the "
LIST_GAP = re.compile(r"(?:[ ]*\([^()]{1,15}\))?(?:,[ ]+(?:and[ ]+)?|[ ]+and[ ]+)(?:the[ ]+)?")
# between a party's name and the next name of its list, the noun's "of" repeated: " and of the "
COORDINATED_GAP = re.compile(r"(?:[ ]*\([^()]{1,15}\))?(?:,[ ]+(?:and[ ]+)?|[ ]+and[ ]+)"
                             r"(?:of[ ]+)?(?:the[ ]+)?")
# the page's lower-case class noun ending a name: "… for Democratic Change party"
CLASS_NOUN_AFTER = re.compile(r"[ ]+party\b")
# a capitalised word of a name (its own words, not "of", "for", "the")
CAPITALISED = re.compile(rf"\b{CAP}")
# nouns naming a body's form that a party's name may hold before its head "Party" (with the head
# nouns ``party_name.head_if_called``): "Humanist Federation Party"
FORM_NOUNS = frozenset({"federation", "confederation"})
# "Party" right after an English head noun: "the … Alliance Party", "the … Front Party"
SECOND_HEAD = re.compile(r"[ ]+Party\b")
# English "of" in a name written in a head-first language: the page's own words start there
ENGLISH_OF = re.compile(r"[ ]+of[ ]+")




