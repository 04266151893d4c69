"""One release as the field extractors see it: text layout, gazetteer mentions, anchor day.

The extractors (``nlp/steps/``) read a ``Release`` and write into its ``record``. What they
share — the cleaned text, where the lead is, which gazetteer entries are named where, which
country the release is about — is computed once here or by an earlier step and kept on the
release, so no step re-reads the text for something another step already found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from nlp import acronym_scope, coordinated_parties, cues, party_names
from nlp.dates import DATELINE_ZH, date_in_url, date_marker, parse_date
from nlp.gazetteer import (
    CN_OFFICIAL,
    LAC_COUNTRY,
    LAC_ORG,
    LAC_PARTY,
    LOOKALIKE,
    PLATFORM,
    ZH_CLAUSE_ONLY,
    Country,
    Gazetteer,
    Party,
    is_acronym,
    normalise,
)
from nlp.name_forms import CHAIN_ONLY_EN
from nlp.names import has_han
from nlp.schema import Document, Record, Span
from nlp.sentences import sentence_ends
from nlp.stamps import printed_date
from nlp.text import Layout, headline_in_text, layout

TITLE_SEPARATOR = " | "  # between title and text in the one spaCy document of a release
ZONE_WEIGHT = {"title": 4.0, "lead": 3.0, "early": 1.0, "late": 0.4}
EARLY_CHARS = 1800  # after the lead starts, what counts as the early body
MINISTRY_HOSTS = ("fmprc.gov.cn", "mfa.gov.cn")  # the foreign ministry's own sites


@dataclass
class Mention:
    """A gazetteer name found in the title or text."""

    label: str
    ids: tuple[str, ...]
    start: int
    end: int
    text: str
    where: str  # "title" | "text"
    zone: str  # "title" | "lead" | "early" | "late"
    entry: Any = None  # the resolved gazetteer entry (None while ambiguous or rejected)

    @property
    def weight(self) -> float:
        return ZONE_WEIGHT[self.zone]

    def span(self) -> Span:
        return Span(self.start, self.end, self.text, self.where)


@dataclass
class Release:
    """A document under extraction, with what the steps found so far."""

    doc: Document
    record: Record
    gazetteer: Gazetteer
    title: str
    text: str
    layout: Layout
    lang: str
    anchor: date | None = None  # publication day (printed, marker, URL), the year for datelines
    mentions: list[Mention] = field(default_factory=list)
    country_id: str | None = None  # ISO code of the release's country, set by the country step
    scores: dict[str, float] = field(default_factory=dict)  # country id -> weighted evidence
    extra: dict[str, Any] = field(default_factory=dict)  # step-to-step notes (event cues, ...)

    @property
    def is_mfa(self) -> bool:
        return self.doc.source == "mfa"

    @property
    def zh(self) -> bool:
        return self.lang == "zh"

    @property
    def host(self) -> str:
        """The host the page stands on ("" without a url): who speaks on a page depends on whose
        site it is (the ministry's own, the IDCPC's, a Taiwan portal, an agency's copy)."""
        return urlsplit(self.doc.url or "").hostname or ""

    @property
    def on_ministry_site(self) -> bool:
        """Is the page on the foreign ministry's own site, which speaks for its principals unnamed?"""
        return self.host.endswith(MINISTRY_HOSTS)

    def lead(self) -> str:
        return self.layout.lead()

    def zone_of(self, start: int) -> str:
        lead_start, lead_end = self.layout.lead_start, self.layout.lead_end
        if lead_start <= start < lead_end:
            return "lead"
        if start < lead_start:
            return "early" if start >= lead_start - 400 else "late"
        return "early" if start < lead_start + EARLY_CHARS else "late"

    def of(self, *labels: str, zones: tuple[str, ...] | None = None) -> list[Mention]:
        return [m for m in self.mentions if m.label in labels and (zones is None or m.zone in zones)
                and m.entry is not None]

    def focus_text(self) -> str:
        """Title and lead: where a release says what it reports."""
        return f"{self.title}\n{self.lead()}"


def _published(doc: Document, text: str) -> tuple[date | None, Span | None, str]:
    """The anchor day and where it came from: the document's published date, the leading
    ' date YYYY-MM-DD' marker of agency copies, the page's printed time stamp ("( 2023.05.11 )"),
    the page address, or a date printed near the top. The printed stamp comes before the address:
    the codebook takes a missing year and "today" from the printed date, else from the address."""
    day = parse_date(doc.published) if doc.published else None
    if day:
        return day, None, "published"
    marker = date_marker(text)
    if marker:
        return marker[0], Span(marker[1][0], marker[1][1], text[marker[1][0]:marker[1][1]]), "marker"
    stamp = printed_date(text)
    if stamp:
        (start, end) = stamp[1]
        return stamp[0], Span(start, end, text[start:end]), "printed time stamp"
    from_url = date_in_url(doc.url)
    if from_url:
        return from_url, None, "url"
    head = text[:400]
    printed = parse_date(head)
    if printed:
        found = re.search(re.escape(str(printed.day)), head)
        return printed, (Span(found.start(), found.end(), found.group()) if found else None), "printed"
    return None, None, "none"


def make_release(doc: Document, record: Record, gazetteer: Gazetteer) -> Release:
    text = doc.text or ""
    title = (doc.title or "").strip()
    lay = layout(text, title)
    if not title:
        printed = headline_in_text(lay)
        if printed is not None:
            title = text[printed[0]:printed[1]]
            record.title = title
            record.notes.append("no title given: the headline printed above the lead was read as the title")
    lang = "zh" if (doc.lang == "zh" or lay.zh) else "en"
    release = Release(doc=doc, record=record, gazetteer=gazetteer, title=title, text=text, layout=lay,
                      lang=lang)
    anchor, span, how = _published(doc, text)
    release.anchor = anchor
    if how != "published" and anchor is not None:
        record.notes.append(f"publication day {anchor.isoformat()} taken from the {how}")
        if span is not None:
            record.add_evidence("published", span)
    return release


def add_mentions(release: Release, sdoc: Any) -> None:
    """Gazetteer entities of the spaCy doc of "title | text" (cleaned text), as mentions with
    offsets into the title or the text."""
    offset = len(release.title) + len(TITLE_SEPARATOR)
    dateline = release.layout.dateline
    for ent in sdoc.ents:
        ids = tuple(filter(None, (ent.ent_id_ or "").split("|")))
        if ent.start_char < offset:
            mention = Mention(ent.label_, ids, ent.start_char, ent.end_char, ent.text, "title", "title")
        else:
            start, end = ent.start_char - offset, ent.end_char - offset
            if dateline and dateline[0] <= start < dateline[1] and ent.label_ != LAC_COUNTRY:
                # a dateline names where and when a dispatch was filed, and by whom: "HAVANA, May 10
                # (Prensa Latina)". Its agency is a LAC medium, but no actor of the exchange (nor a
                # second country: a Cuban agency's copy of a meeting in Managua is about Nicaragua)
                continue
            mention = Mention(ent.label_, ids, start, end, ent.text, "text", release.zone_of(start))
        if ent.label_ == LAC_COUNTRY and release.zh and _street_named_after(release, mention):
            continue
        release.mentions.append(mention)
    _dateline_place(release)
    resolve(release)


def _street_named_after(release: Release, m: Mention) -> bool:
    """A Chinese town's street named after a LAC country or city (巴拿马路社区, 哈瓦那街12号: cue
    ``street_after_place_zh``): an address, not the country."""
    source = release.title if m.where == "title" else release.layout.clean
    return bool(cues.pattern("street_after_place_zh").match(source, m.end))


# a second place after the first, before the date: "La Paz, Mexico, March 5", "San Jose, California,
# May 3" (the namesake, qualified as a dateline writes it); a month's name is the date
DATELINE_QUALIFIER = re.compile(r"\s*,\s*(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
                                r"[^\W\d_]", re.I)
DATELINE_PLACE = re.compile(r"[^\W\d_][^,(\d\n]*?(?=\s*[,(]|\s+\d)")  # the place before its comma or date


def _dateline_place(release: Release) -> None:
    """A dateline's bare place that only this country's dispatches write bare (countries.json
    ``dateline_places``: "Santiago, November 14th", "LA PAZ, July 2"): the country's place, as its
    capital would be. Only when the gazetteer found nothing there ("Santiago de Cuba" is Cuba's)."""
    dateline = release.layout.dateline
    if dateline is None:
        return
    if any(m.where == "text" and dateline[0] <= m.start < dateline[1] for m in release.mentions):
        return
    text = release.layout.clean
    if release.zh:
        # 新华社圣地亚哥11月13日电: the agency's city between its name and the date
        formula = DATELINE_ZH.match(text, dateline[0], dateline[1])
        group = "city" if formula is not None and formula.group("city") else "city_d"
        if formula is None or not formula.group(group):
            return
        start, end, lang = formula.start(group), formula.end(group), "zh"
    else:
        place = DATELINE_PLACE.match(text, dateline[0], dateline[1])
        if place is None or DATELINE_QUALIFIER.match(text, place.end(), dateline[1]):
            return
        start, end, lang = place.start(), place.end(), "en"
    key = normalise(text[start:end])
    found = [c for c in release.gazetteer.countries
             if any(normalise(n) == key for n in c.dateline_places.get(lang, ()))]
    if len(found) == 1:
        release.mentions.append(Mention(LAC_COUNTRY, (found[0].id,), start, end, text[start:end], "text",
                                        release.zone_of(start)))


def resolve(release: Release) -> None:
    """Pick the entry behind each mention: unambiguous ids directly; shared aliases ("PCC": Cuba or
    Colombia) by the countries the release names; a bare acronym also used abroad ("PSD", "PPP")
    only when the release names its LAC country or its full name."""
    gaz = release.gazetteer
    countries: dict[str, float] = {}
    for m in release.mentions:
        if m.label == LAC_COUNTRY and len(m.ids) == 1:
            m.entry = gaz.get(m.ids[0])
            if m.entry is not None:
                countries[m.entry.id] = countries.get(m.entry.id, 0.0) + m.weight
    full_names: set[str] = set()
    for m in release.mentions:
        if (m.label in (LAC_PARTY, LAC_ORG) and len(m.ids) == 1 and not is_acronym(m.text)
                and normalise(m.text) not in gaz.cores):  # a bare "Social Democratic Party" is no full name
            full_names.add(m.ids[0])
    if not countries:
        # 乌拉圭广泛阵线和民族党, "the Broad Front of Uruguay and the National Party": the country is
        # written only inside a party's full name, and it is still the country the page is about; so
        # inside an organisation's ("Secretary General of the PRD and President of the National
        # Assembly of Panama")
        for m in release.mentions:
            if m.label in (LAC_PARTY, LAC_ORG) and len(m.ids) == 1 and m.ids[0] in full_names:
                party = gaz.get(m.ids[0])
                if getattr(party, "country", None):
                    countries[party.country] = countries.get(party.country, 0.0) + m.weight
    ranked = sorted(countries.values(), reverse=True)
    top = next((c for c, w in countries.items() if w == ranked[0]), None) if ranked else None
    leading = top if len(ranked) == 1 or (ranked and ranked[0] > ranked[1]) else None
    for m in release.mentions:
        if m.label == LAC_COUNTRY:
            continue
        candidates = [c for c in gaz.candidates("|".join(m.ids))] if m.ids else []
        if not candidates:
            continue
        if m.label == LAC_PARTY and normalise(m.text) in gaz.listed_cores:
            continue  # settled below, once the list's other parties are known
        if m.label == LAC_PARTY and normalise(m.text) in gaz.cores:
            # a bare "National Party": the party of that name of the country the release is about,
            # else of the one country its own sentence names that has a party of that name
            found = [c for c in candidates if getattr(c, "country", None) == leading]
            if len(found) != 1:
                found = _sentence_country_party(release, m, candidates)
            if len(found) > 1:
                found = _respectively(release, m, found)
            if len(found) == 1 and _bare(release, m):
                m.entry = found[0]
            continue
        if len(candidates) > 1 and (own := _by_bracketed_acronym(release, m, candidates)) is not None:
            m.entry = own
            continue
        if len(candidates) > 1:
            located = [c for c in candidates if getattr(c, "country", None) in countries]
            if len(located) > 1 and len(own := _sentence_country_party(release, m, located)) == 1:
                # a page about several countries that have a party of this name ("had earlier visited
                # Brazil, where it held talks with the Workers' Party"): its own sentence's country's
                located = own
            if len(located) > 1:
                located.sort(key=lambda c: -countries.get(c.country, 0.0))
                if countries.get(located[0].country, 0.0) > countries.get(located[1].country, 0.0):
                    located = located[:1]
            if len(located) > 1 and m.label == LAC_PARTY:
                located = _respectively(release, m, located)
            if len(located) == 1:
                m.entry = located[0]
            elif m.label == LAC_PARTY and not _foreign_acronym_unplaced(release, m, candidates, full_names):
                m.entry = gaz.party_by_alias(m.text)
            continue
        entry = candidates[0]
        if m.label in (LAC_PARTY, LAC_ORG) and is_acronym(m.text) and gaz.foreign_uses(m.text.strip()):
            country = getattr(entry, "country", None)
            if country not in countries and entry.id not in full_names:
                continue
        m.entry = entry
    _listed(release, leading)
    coordinated_parties.resolve(release, _bare)
    coordinated_parties.drop_unplaced(release, CHAIN_ONLY_EN)
    _foreign_prefixed(release)
    _country_prefixed_platform(release)
    # a party of a country the release never names, met only by a short acronym, stays unresolved,
    # unless a party's organ or office is written with it ("Secretary General of the PCV")
    for m in release.mentions:
        if isinstance(m.entry, Party) and is_acronym(m.text) and len(m.text) <= 3:
            if (m.entry.country not in countries and m.entry.id not in full_names
                    and not _with_party_organ(release, m)):
                if not any(n.entry is m.entry and not is_acronym(n.text) for n in release.mentions):
                    m.entry = None
    _qualified(release)
    _twinned(release)
    _foreign_namesake(release)
    _short_of_foreign_party(release)
    _described_yields(release)
    _short_forms(release)
    acronym_scope.apply(release)
    _named_otherwise(release)
    party_names.find(release, leading)
    _inside_cpc_name(release)


def _foreign_acronym_unplaced(release: Release, m: Mention, candidates: list[Any],
                              full_names: set[str]) -> bool:
    """A bare acronym that LAC parties share with a party abroad ("NDP": Suriname's, Saint Vincent's
    and Canada's) on a page that names none of its LAC parties' countries or full names: the
    releases' usual reading (``preferred_for``) is not taken, as for an acronym only one LAC party
    shares with a foreign one (``foreign_uses``)."""
    gaz = release.gazetteer
    if not is_acronym(m.text) or not gaz.foreign_uses(m.text.strip()):
        return False
    return not any(c.id in full_names for c in candidates)


def _named_otherwise(release: Release) -> None:
    """A name several LAC parties share ("United Socialist Party": Venezuela's PSUV or Mexico's
    PSUM), on a page that names no country to choose by, is the one of them the page names
    unambiguously elsewhere ("… of the United Socialist Party. Cabello said the PSUV …"): a page
    does not name two parties by one name without telling them apart. Only a full name: a bare
    core ("National Party") or an acronym keeps its own rules."""
    gaz = release.gazetteer
    named = {m.entry.id for m in release.mentions
             if m.label == LAC_PARTY and isinstance(m.entry, Party) and len(m.ids) == 1}
    if not named:
        return
    for m in release.mentions:
        if (m.label != LAC_PARTY or m.entry is not None or len(m.ids) < 2 or is_acronym(m.text)
                or normalise(m.text) in gaz.listed_cores):
            continue
        chosen = [i for i in m.ids if i in named]
        if len(chosen) == 1:
            m.entry = gaz.get(chosen[0])


def _inside_cpc_name(release: Release) -> None:
    """A LAC party's bare name inside a name of the CPC ("China's ruling Communist Party", "the
    Chinese Communist Party": cue ``party_side``) is the CPC, the Chinese side, not the party of
    that name of the country the page is about (Venezuela's Communist Party on a page about a
    message to the PSUV). An acronym the page gives the CPC in brackets ("the Communist Party of
    China (PCCh)") is the CPC's wherever the page writes it, the headline included."""
    cpc_acronyms: set[str] = set()
    for m in release.mentions:
        if m.label != LAC_PARTY or m.entry is None:
            continue
        source = release.title if m.where == "title" else release.layout.clean
        left = max(0, m.start - 40)
        for c in cues.pattern("party_side").finditer(source, left, min(len(source), m.end + 40)):
            if c.start() <= m.start and m.end <= c.end() or _bracketed_after(source, c.end(), m):
                m.entry = None
                if is_acronym(m.text):
                    cpc_acronyms.add(m.text.strip())
                break
    for m in release.mentions:
        if m.label == LAC_PARTY and m.text.strip() in cpc_acronyms:
            m.entry = None


def _bracketed_after(source: str, name_end: int, m: Mention) -> bool:
    """Is ``m`` an acronym in brackets right after a name that ends at ``name_end`` ("the Communist
    Party of China (PCCh)", as Spanish-language agencies abbreviate it)? A bracketed acronym is the
    short form of the name before it, not another party (Chile's communists are also "PCCh")."""
    return (is_acronym(m.text) and re.fullmatch(r"\s*[(（]\s*", source[name_end:m.start]) is not None
            and re.match(r"\s*[)）]", source[m.end:]) is not None)


SENTENCE_REACH = 1500  # how far from a mention its sentence's edges are looked for


def _sentence(release: Release, m: Mention) -> tuple[int, int]:
    """(start, end) of the sentence around a mention, in the title or the text: from a line break or
    the end of a sentence to the next. A month's or a title's abbreviation ends none: "visited
    Suriname and Guyana from Nov. 8 to 18 at the invitation of the National Democratic Party and the
    People's Progressive Party" is one sentence, whose countries qualify its bare party names."""
    source = release.title if m.where == "title" else release.layout.clean
    low, high = max(0, m.start - SENTENCE_REACH), min(len(source), m.end + SENTENCE_REACH)
    ends = sentence_ends(source, low, high, release.zh)
    ends += [i + 1 for i in range(low, high) if source[i] == "\n"]
    start = max((e for e in ends if e <= m.start), default=0)
    end = min((e for e in ends if e >= m.end), default=len(source))
    return start, end


ORGAN_WINDOW = 50  # characters before a short acronym where "First Secretary of the" is looked for


def _with_party_organ(release: Release, m: Mention) -> bool:
    """Is a short acronym written as a party's, with one of its organs or offices ("Secretary General
    of the PCV", "Honorary President of the PT", "the PCC Central Committee"; cues
    ``party_organ_before`` / ``party_organ_after``)? A three-letter acronym alone may be anything (a
    company's "PT", a monetary authority's "MAS"), so a party whose country the release never names
    is not read from one; one that has a central committee or a secretary general is a party, and the
    gazetteer's reading of the acronym (the one party that has it, or the one China's releases mean by
    it: PT is Brazil's, PCC Cuba's) is the party the page means."""
    source = release.title if m.where == "title" else release.layout.clean
    before = source[max(0, m.start - ORGAN_WINDOW):m.start]
    if (cues.pattern("party_organ_before").search(before)
            or cues.pattern("party_organ_after").match(source, m.end)):
        return True
    return _coordinated_with_organ(release, m, source)


COORDINATED_BEFORE = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*(?:the\s+)?\Z")


def _coordinated_with_organ(release: Release, m: Mention, source: str) -> bool:
    """The second of two parties joined under one office ("the presidents of the PSUV and the PT",
    "leaders of the PCV, the PPT and the MAS"): the office before the first conjunct governs every
    conjunct of the list, as coordination works in English, so each is written as a party's."""
    joint = COORDINATED_BEFORE.search(source, max(0, m.start - 12), m.start)
    if joint is None:
        return False
    for other in release.mentions:
        if (other is not m and other.label == LAC_PARTY and other.where == m.where
                and other.end == joint.start() and other.start < m.start):
            before = source[max(0, other.start - ORGAN_WINDOW):other.start]
            return bool(cues.pattern("party_organ_before").search(before)
                        or _coordinated_with_organ(release, other, source))
    return False


BRACKETED_ACRONYM = re.compile(r"\s*[(（]\s*([A-Za-z][A-Za-z0-9/&.-]{1,11})\s*[)）]")


def _by_bracketed_acronym(release: Release, m: Mention, candidates: list[Any]) -> Any:
    """A name several parties share, written with its acronym in brackets right after it ("the
    Democratic Labour Party (PDT)", Brazil's, not Barbados' DLP; "the Socialist Party (PSCh)"): a
    release gives a party's acronym where it first names it, so the acronym says which of them it
    is — the one candidate that has it, else None (the countries the release names decide)."""
    source = release.title if m.where == "title" else release.layout.clean
    bracket = BRACKETED_ACRONYM.match(source, m.end)
    if bracket is None:
        return None
    acronym = bracket.group(1).replace(".", "")
    own = [c for c in candidates if acronym in {a.replace(".", "") for a in getattr(c, "acronyms", ())}]
    return own[0] if len(own) == 1 else None


def _short_forms(release: Release) -> None:
    """An acronym in brackets right after a party's full name is that party's short form ("Brazil's
    Workers' Party (PT)": Brazil's PT, not Mexico's however often the page names Mexico; ``_bracketed_
    after``), once the full name is resolved (by its own country: "Mexico's Democratic Revolutionary
    Party (PRD)" is Mexico's PRD) and when the party has that acronym."""
    names = {(n.where, n.end): n.entry for n in release.mentions
             if n.label == LAC_PARTY and isinstance(n.entry, Party) and not is_acronym(n.text)}
    if not names:
        return
    for m in release.mentions:
        if m.label != LAC_PARTY or not is_acronym(m.text):
            continue
        source = release.title if m.where == "title" else release.layout.clean
        opening = OPENING_BEFORE.search(source, max(0, m.start - 8), m.start)
        entry = names.get((m.where, opening.start())) if opening else None
        short = m.text.strip().replace(".", "")
        if (entry is not None and short in {a.replace(".", "") for a in entry.acronyms}
                and _bracketed_after(source, opening.start(), m)):
            m.entry = entry


OPENING_BEFORE = re.compile(r"\s*[(（]\s*$")


def _sentence_country_party(release: Release, m: Mention, candidates: list[Any]) -> list[Any]:
    """A bare party name on a page about several countries ("visited Trinidad and Tobago, Guyana and
    Suriname, meeting leaders of the People's National Movement, the People's Progressive Party/Civic
    and the Progressive Reform Party"), or whose leading country has no party of that name: a sentence
    that lists the countries and then their parties by bare names means the named countries' parties,
    so the name is the party of that name of the one country its sentence names that has one. None
    (an empty list) when no country of the sentence has one, or two do (better no party than the wrong
    one)."""
    start, end = _sentence(release, m)
    named = {n.entry.id for n in release.mentions
             if n.label == LAC_COUNTRY and n.where == m.where and start <= n.start and n.end <= end
             and n.entry is not None}
    return [c for c in candidates if getattr(c, "country", None) in named]


RESPECTIVELY = re.compile(r"\brespectively\b|分别|分別")


def _respectively(release: Release, m: Mention, candidates: list[Any]) -> list[Any]:
    """A party name several of the sentence's countries have ("the Colorado Party": Uruguay's and
    Paraguay's), in a sentence that pairs its countries with its parties one by one: "visited
    Uruguay and Paraguay at the invitation of the Broad Front and the Colorado Party respectively"
    — the k-th party named after the countries is the k-th country's. Only when the sentence says
    "respectively" and names as many parties after its last country as it names countries; else
    the candidates as they were."""
    start, end = _sentence(release, m)
    source = release.title if m.where == "title" else release.layout.clean
    if not RESPECTIVELY.search(source, start, end):
        return candidates
    inside = sorted((n for n in release.mentions if n.where == m.where and start <= n.start and n.end <= end),
                    key=lambda n: n.start)
    places = [n for n in inside if n.label == LAC_COUNTRY and n.entry is not None]
    countries = list(dict.fromkeys(n.entry.id for n in places))
    last = max((n.end for n in places), default=end)
    named = [n for n in inside if n.label == LAC_PARTY and n.start >= last]
    if len(countries) < 2 or len(named) != len(countries) or m not in named:
        return candidates
    paired = countries[named.index(m)]
    return [c for c in candidates if getattr(c, "country", None) == paired] or candidates


def _listed(release: Release, leading: str | None) -> None:
    """"Labor Party", 劳动党: a name too common to stand alone is the party of that name of the
    country whose other party is named in full in the same sentence ("MORENA; Alberto Anaya,
    coordinator of the Labor Party", 国家复兴运动党和劳动党): the leading country's when one of its
    parties is there, else the one country all the full names of its clause, or else of its
    sentence, belong to (a page on a trip to two countries names each stop's parties in that
    stop's half of the sentence). A Chinese one is
    also the party of the country that opens its clause (``_clause_country``: 阿根廷参议员、正义党副主席)
    or of the one country its page names before it (``_page_country``). A role word before an English
    one ("the governing Labour Party") says it is a party of the country the page is about, so it is
    the one country the page names before it, as in Chinese; 工党 and 共产党 with a role word before
    them (圣卢西亚执政党工党主席) are a party of the clause's country, as in a chain of titles."""
    gaz = release.gazetteer
    for m in release.mentions:
        if m.label != LAC_PARTY or normalise(m.text) not in gaz.listed_cores or not _bare(release, m):
            continue
        candidates = gaz.candidates("|".join(m.ids))
        clause_only = normalise(m.text) in ZH_CLAUSE_ONLY
        named = None
        source = release.title if m.where == "title" else release.layout.clean
        if clause_only:  # 共产党 only as a title of the chain (智利众议员、共产党中央委员), else the CPC
            chained = source[m.start - 1:m.start] in ZH_CHAIN_MARKS or source[:m.start].endswith(ZH_ROLES)
            named = _clause_country(release, m) if chained else None
        elif has_han(m.text):
            named = _clause_country(release, m) or _page_country(release, m)
        else:
            named = _chain_country(release, m)
            if named is None and EN_ROLE_BEFORE.search(source, max(0, m.start - 12), m.start):
                named = _page_country(release, m)  # "… led by the chairman of the governing Labour Party"
        by_clause = [c for c in candidates if named is not None and getattr(c, "country", None) == named]
        if len(by_clause) == 1:
            m.entry = by_clause[0]
            continue
        if clause_only or normalise(m.text) in CHAIN_ONLY_EN:
            continue
        # the country of the parties named in full beside it: the leading one's when one of its
        # parties is in the sentence, else the one country of the full names in its clause (a page
        # on a trip to two countries: "In Mexico City it met MORENA and the Labor Party; in Havana
        # …"), else in its sentence
        in_sentence = _countries_beside(release, m, _sentence(release, m), candidates)
        in_clause = _countries_beside(release, m, _clause(release, m), candidates)
        country = leading if leading in in_sentence else next(
            (next(iter(found)) for found in (in_clause, in_sentence) if len(found) == 1), None)
        found = [c for c in candidates if getattr(c, "country", None) == country]
        if country is not None and len(found) == 1:
            m.entry = found[0]


def _countries_beside(release: Release, m: Mention, bounds: tuple[int, int],
                      candidates: list[Any]) -> set[str]:
    """The countries of the parties named in full (not themselves a too-common bare name, nor one
    of the bare name's own candidates) between ``bounds`` on the mention's side of the page."""
    start, end = bounds
    return {n.entry.country for n in release.mentions
            if n is not m and n.where == m.where and start <= n.start and n.end <= end
            and isinstance(n.entry, Party) and normalise(n.text) not in release.gazetteer.listed_cores
            and n.entry not in candidates}


def _clause(release: Release, m: Mention) -> tuple[int, int]:
    """The mention's sentence cut at the semicolons around it: a sentence whose halves tell two
    stops of a trip ("In Mexico City it met MORENA and the Labor Party; in Havana it met …") names
    each stop's parties in its own half."""
    start, end = _sentence(release, m)
    source = release.title if m.where == "title" else release.layout.clean
    left = source.rfind(";", start, m.start)
    right = source.find(";", m.end, end)
    return (start if left < 0 else left + 1), (end if right < 0 else right)


# Between a country and a party's bare name in one person's chain of offices, either order:
# "Prime Minister of Saint Lucia and Political Leader of the (ruling) Labour Party",
# "Political Leader of the Labour Party and Prime Minister of Dominica" (an office: capitalised words + "of").
EN_CHAIN_GAP = re.compile(r"\s*(?:,|,?\s+and)\s+(?:[A-Z][\w.'-]*\s+){1,4}of\s+(?:the\s+)?(?:ruling\s+)?")


# A party's role between its country's possessive or demonym and its name: "Saint Lucia's ruling …".
EN_ROLE_BEFORE = re.compile(r"(?<=\s)(?:ruling|governing|opposition)\s+$")


def _chain_country(release: Release, m: Mention) -> str | None:
    """The LAC country of an English chain of offices that names a party bare ("Philip J. Pierre, Prime
    Minister of Saint Lucia and Political Leader of the Labour Party"): one person's titles, the country
    written once qualifies the party of the chain, as 阿根廷参议员、正义党副主席 does in Chinese
    (``_clause_country``). So does its possessive or demonym right before the name ("Saint Lucia's
    ruling Labour Party")."""
    source = release.title if m.where == "title" else release.layout.clean
    for c in release.mentions:
        if c.label != LAC_COUNTRY or c.entry is None or c.where != m.where:
            continue
        if c.end <= m.start and EN_CHAIN_GAP.fullmatch(source, c.end, m.start):
            return c.entry.id
        if c.end <= m.start and m.start - c.end <= len("'s governing ") and _qualifies_before(
                c, c.entry, EN_ROLE_BEFORE.sub("", source[c.end:m.start])):
            return c.entry.id  # "Saint Lucia's ruling Labour Party", "the Jamaican Labour Party"
        if m.end <= c.start and EN_CHAIN_GAP.fullmatch(source, m.end, c.start):
            return c.entry.id
    return None


# Where a Chinese clause ends: a chain of titles (国家 + 职务、党名 + 职务 + 人名) runs through 、,
# not past these.
ZH_CHAIN_MARKS = ("、", "兼")  # between two titles of one chain: 众议员、共产党中央委员, 参议员兼社会党主席
# A party's role right before its bare name, in its country's clause: 圣卢西亚执政党工党主席 (the country's
# ruling party, whose name follows), as "Saint Lucia's ruling Labour Party"
ZH_ROLES = ("执政党", "反对党", "在野党")
ZH_CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")


def _is_place(m: Mention) -> bool:
    """A LAC country, or another country or region of the world (a look-alike of kind country/region)."""
    return m.label == LAC_COUNTRY or (m.label == LOOKALIKE
                                      and getattr(m.entry, "kind", None) in ("country", "region"))


def _clause_country(release: Release, m: Mention) -> str | None:
    """The LAC country a Chinese clause opens with, before a bare party name in it: Chinese names a
    guest by one chain of titles under one country (会见阿根廷参议员、正义党副主席费尔南德斯;
    智利众议员、社会党主席; 巴拿马国民大会议员、人民党主席), so that country qualifies every title of
    the chain. None when the clause before the name names no country, more than one (西班牙、智利等国
    社会党人士), a country outside LAC, or another party."""
    source = release.title if m.where == "title" else release.layout.clean
    start = max((e.end() for e in ZH_CLAUSE_END.finditer(source, 0, m.start)), default=0)
    before = [n for n in release.mentions if n is not m and n.where == m.where and start <= n.start
              and n.end <= m.start and (_is_place(n) or n.label in (LAC_PARTY, LAC_ORG))]
    if any(n.label in (LOOKALIKE, LAC_PARTY) or n.entry is None for n in before):
        return None
    countries = {n.entry.id if n.label == LAC_COUNTRY else getattr(n.entry, "country", None) for n in before}
    return countries.pop() if len(countries) == 1 else None


def _page_country(release: Release, m: Mention) -> str | None:
    """The one country a Chinese page names, when it has named it before a bare party name (智利客人，
    社会党主席巴韦): another country's party of that name would carry its country (葡萄牙社会党, not
    bare), so a bare name on a page about one LAC country, and no other country or region of the world, is
    that country's party."""
    places = [n for n in release.mentions if _is_place(n)]
    if any(n.label == LOOKALIKE for n in places):
        return None
    countries = {n.entry.id for n in places if n.entry is not None}
    if len(countries) != 1 or not any(n.where == "title" or (n.where == m.where and n.end <= m.start)
                                      for n in places):
        return None
    return countries.pop()


def _foreign_prefixed(release: Release) -> None:
    """以色列劳工党, 葡萄牙社会党, 欧洲社会党: Chinese writes a party's country right before its name, so a
    Chinese party name that follows another country or region of the world with nothing between is that
    country's party, not the LAC party of that name (劳工党 alone is Brazil's). So too after another LAC
    country's name (巴哈马劳工党 is a Bahamian party, not Brazil's PT): a name that carries its own
    country is one mention with it, so a country left before a name is the name's country."""
    places = [n for n in release.mentions if _is_place(n)]
    for m in release.mentions:
        if isinstance(m.entry, Party) and has_han(m.text) and any(
                n.where == m.where and n.end == m.start and _other_place(n, m.entry) for n in places):
            m.entry = None


def _country_prefixed_platform(release: Release) -> None:
    """"the Bahamas Progressive Alliance", 巴哈馬進步聯盟: a platform's name carries no country, so a LAC
    country's name written right before it (a space between in English, nothing in Chinese) makes the
    whole a name of that country's own, a party or group named with the platform's words, not the
    worldwide or regional platform. The platform mention is dropped: the name is read as the country's
    party (``nlp/party_names.py``), as a party name after its country is (``_foreign_prefixed``)."""
    platforms = [m for m in release.mentions if m.label == PLATFORM and not is_acronym(m.text)]
    if not platforms:
        return
    dropped = []
    for m in platforms:
        source = release.title if m.where == "title" else release.layout.clean
        for n in release.mentions:
            if (n.label != LAC_COUNTRY or n.where != m.where or not isinstance(n.entry, Country)
                    or not m.start - 1 <= n.end <= m.start):
                continue
            gap = source[n.end:m.start]
            capitals = {normalise(c) for names in n.entry.capitals.values() for c in names}
            if gap == ("" if has_han(m.text) else " ") and normalise(n.text) not in capitals:
                dropped.append(m)
                break
    if dropped:
        gone = {id(m) for m in dropped}
        release.mentions[:] = [m for m in release.mentions if id(m) not in gone]


def _other_place(place: Mention, party: Party) -> bool:
    """Is ``place`` a country or region other than the party's own (any look-alike place is)?"""
    if place.label == LOOKALIKE:
        return True
    return place.entry is not None and place.entry.id != party.country


def _foreign_namesake(release: Release) -> None:
    """Ghana's and Grenada's National Democratic Congress, Malaysia's and Guyana's People's Progressive
    Party: where a party abroad shares a LAC party's name or acronym (a look-alike of kind party that
    ``resembles`` it, with its ``country``), a page that names that foreign country and never the LAC
    party's own country is about the foreign party. A coder reads only the page, and the page places
    the name in the other country ("met with the NDC ... to deepen China-Ghana friendship"). On a page
    that names both countries, a sentence that names the foreign one and not the LAC one places it so."""
    gaz = release.gazetteer
    lac_named = {m.entry.id for m in release.mentions if m.label == LAC_COUNTRY and m.entry is not None}
    foreign_named = {m.entry.country for m in release.mentions
                     if m.label == LOOKALIKE and _is_place(m) and getattr(m.entry, "country", None)}
    if not foreign_named:
        return
    for m in release.mentions:
        party = m.entry
        if not isinstance(party, Party):
            continue
        foreign, lac = foreign_named, lac_named
        if party.country in lac_named:
            # the page names both countries: the sentence that names the party decides ("It then went
            # on to Canada, where it met with the NDP")
            foreign, lac = _sentence_places(release, m)
            if party.country in lac:
                continue
        if _own_country_in_name(release, party, m.text):
            continue  # "圭亚那人民进步党", "People's Progressive Party of Guyana": its name places it
        if any(lk.kind == "party" and lk.country in foreign and _resembles(lk, party, m.text)
               for lk in gaz.lookalikes):
            m.entry = None


def _short_of_foreign_party(release: Release) -> None:
    """A party's bare name ("the Socialist Party") refers back to the latest full name before it that
    it shortens (``_shortens``), as English names a party in full once and shortens it after. Where that full
    name is a party abroad (a look-alike: "visited Uruguay and Portugal … In Lisbon, talks with the
    Socialist Party" after "the Portuguese Socialist Party"), the bare name is that party, not the
    one of that name of the country the page is about."""
    gaz = release.gazetteer
    full = [n for n in release.mentions if (n.label == LAC_PARTY and isinstance(n.entry, Party))
            or (n.label == LOOKALIKE and getattr(n.entry, "kind", None) == "party")]
    if not any(n.label == LOOKALIKE for n in full):
        return
    for m in release.mentions:
        if (m.label != LAC_PARTY or not isinstance(m.entry, Party) or normalise(m.text) not in gaz.cores
                or not _bare(release, m)):
            continue
        bare = normalise(m.text)
        before = [n for n in full if (n.where == "title" and m.where == "text")
                  or (n.where == m.where and n.end <= m.start)]
        holding = [n for n in before if _shortens(normalise(n.text), bare)]
        if holding and max(holding, key=lambda n: (n.where != "title", n.start)).label == LOOKALIKE:
            m.entry = None


# the small words of an English name, which keep their lower case in a name as written
NAME_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "la", "s"})


def _described(release: Release, m: Mention, own_words: dict[str, set[str]]) -> bool:
    """Is an English party mention written as a description, not as the name: its only capitalised
    words are its country's ("Brazilian communist party", "Cuba's socialist party"), the others in
    lower case? English capitalises a proper name; a sentence-case headline keeps those capitals.
    ``own_words`` keeps each country's words once a page (country id → its names' and demonyms' words)."""
    if has_han(m.text) or is_acronym(m.text) or not isinstance(m.entry, Party):
        return False
    words = [w for w in re.split(r"[\s'’\-]+", m.text) if w and normalise(w) not in NAME_SMALL_WORDS]
    if not any(w.islower() for w in words):
        return False  # written as a name
    if m.entry.country not in own_words:
        country = release.gazetteer.country(m.entry.country)
        own_words[m.entry.country] = set() if country is None else {
            normalise(w) for group in (country.names, country.demonyms) for forms in group.values()
            for name in forms for w in re.split(r"[\s'’]+", name) if w}
    own = own_words[m.entry.country]
    return bool(own) and all(w.islower() or normalise(w) in own for w in words)


def _described_yields(release: Release) -> None:
    """A party described rather than named ("meets Brazilian communist party delegation") is the
    party of that country the page names by its name ("the Communist Party of Brazil (PCdoB)"), not
    another that the description's words happen to spell: a description points at what the page
    names. With no such name on the page the description stands for its party."""
    named = [n for n in release.mentions if n.label == LAC_PARTY and isinstance(n.entry, Party)]
    own_words: dict[str, set[str]] = {}
    described = [_described(release, n, own_words) for n in named]
    for m, is_described in zip(named, described, strict=True):
        if is_described and any(
                n.entry.country == m.entry.country and n.entry.id != m.entry.id  # type: ignore[union-attr]
                and not d for n, d in zip(named, described, strict=True)):
            m.entry = None


def _shortens(name: str, bare: str) -> bool:
    """Is ``bare`` the short form of the full ``name``: the name with its country put before it in
    one or two words ("portuguese socialist party") or after "of" ("socialist party of portugal")?
    Not a name that only shares its words ("spanish socialist workers' party")."""
    if name.endswith(" " + bare):
        return len(name[: -len(bare)].split()) <= 2
    return name.startswith(bare + " of ") and len(name[len(bare) + 4:].split()) <= 3


def _own_country_in_name(release: Release, party: Party, name: str) -> bool:
    """Does the party's name as written carry its own country's name or demonym (圭亚那人民进步党,
    "Guyana's People's Progressive Party")? Then no foreign namesake is meant, whatever other
    country the page names."""
    country = release.gazetteer.country(party.country)
    if country is None:
        return False
    words = [country.canonical, *(n for group in (country.names, country.demonyms)
                                  for forms in group.values() for n in forms)]
    return any(len(word) >= 2 and word in name for word in words if word)


def _sentence_places(release: Release, m: Mention) -> tuple[set[str], set[str]]:
    """The countries outside LAC (by their look-alike ``country``) and the LAC countries (ids) that
    the sentence of a mention names."""
    start, end = _sentence(release, m)
    inside = [n for n in release.mentions if n.where == m.where and start <= n.start and n.end <= end
              and _is_place(n) and n.entry is not None]
    foreign = {n.entry.country for n in inside if n.label == LOOKALIKE and getattr(n.entry, "country", None)}
    return foreign, {n.entry.id for n in inside if n.label == LAC_COUNTRY}


def _resembles(lookalike: Any, party: Party, written: str) -> bool:
    """Is a foreign party a namesake of a LAC party as the page writes it? The one its entry says it
    resembles, or any LAC party written the way the foreign party is named: its acronym, or its name
    with the country left off ("the New Democratic Party" of Canada's "New Democratic Party of
    Canada" is Saint Vincent's name as much as Suriname's acronym NDP is; Wikipedia's bracket, "(Ghana)",
    is no part of the name)."""
    if lookalike.resembles == party.id:
        return True
    key = normalise(written)
    if key in {normalise(a) for a in lookalike.acronyms}:
        return True
    names = {normalise(BRACKET.sub("", n)) for n in lookalike.all_names("en")}
    return any(name == key or name.startswith(key + " of ") for name in names)


BRACKET = re.compile(r"\s*\([^()]*\)")


QUALIFIER_GAP = re.compile(r"\s*[(（\[\"“'‘\-–—]\s*")


def _qualified(release: Release) -> None:
    """"Communist Party of Peru (Red Fatherland)", … "Patria Roja": a party's name followed by a
    qualifier that names a party whose full name is that name and the qualifier is that one party,
    not two. The name may be written in another of its forms ("Peruvian Communist Party (Patria
    Roja)": "Communist Party of Peru" is a name of the party written, and it opens the full name)."""
    parties = sorted((m for m in release.mentions if isinstance(m.entry, Party)),
                     key=lambda m: (m.where, m.start))
    for first, second in zip(parties, parties[1:], strict=False):
        if first.where != second.where or first.entry is second.entry:
            continue
        source = release.title if first.where == "title" else release.layout.clean
        if first.entry.country != second.entry.country or not QUALIFIER_GAP.fullmatch(
                source[first.end:second.start]):
            continue
        written = normalise(first.text)
        if any(normalise(n).startswith(written) for n in second.entry.all_names()) or any(
                _opens(normalise(full), normalise(name)) for full in second.entry.all_names()
                for name in first.entry.all_names() if " " in name):
            first.entry = second.entry


def _opens(full: str, name: str) -> bool:
    """Does ``name`` open ``full`` up to a word's end ("communist party of peru" opens "communist party
    of peru – red fatherland", not "communist party of peruvians …")?"""
    return full != name and full.startswith(name) and not full[len(name)].isalnum()


# "of <country>" or "from <country>" right after the name ("the New Democratic Party from Canada"),
# also after its bracketed acronym, or after the bracket an acronym is written in ("(PNC) of Ghana"),
# and before a country whose name takes "The" ("of The Gambia")
QUALIFIER_AFTER = re.compile(r"\s*[)）]?\s*(?:\([^()]{1,20}\)\s*)?(?:of|from)\s+(?:[Tt]he\s+)?$")
POSSESSIVE_GAP = re.compile(r"^['’]s?\s+$")
DEMONYM_GAP = re.compile(r"^\s+$")


def _twinned(release: Release) -> None:
    """"Mexico's Democratic Revolutionary Party", "the Party of the Democratic Revolution (PRD) of
    Panama": a party's full name qualified by another LAC country ("of <country>" or "from <country>"
    after it, the country, its possessive or its demonym right before it) is that country's party when exactly
    one party there shares an acronym with it. English renders the twins' Spanish names (Partido
    de la Revolución Democrática, Partido Revolucionario Democrático) into each other's English
    names, and the country a release writes beside the name is the better witness. A name so
    qualified by a country outside the region ("the Philippine Democratic Revolutionary Party",
    "the Workers' Party of Belgium") is that country's party, and no LAC party at all; so is an
    acronym so qualified ("the Gambian PPP", "Spain's PP": no LAC party is written after a foreign
    country's name), and so are the page's other mentions of the same name written with no country
    of their own (``_same_name_abroad``)."""
    gaz = release.gazetteer
    countries: list[tuple[Mention, Any]] = []
    for c in release.mentions:
        if c.label == LAC_COUNTRY and c.entry is not None:
            countries.append((c, c.entry))
        elif c.label == LOOKALIKE and len(c.ids) == 1:
            foreign = gaz.get(c.ids[0])
            if getattr(foreign, "kind", None) in ("country", "region"):
                countries.append((c, foreign))
    abroad: list[tuple[Mention, Any]] = []  # (mention, the LAC party it had) qualified by a foreign country
    qualified: set[int] = set()  # mentions a country qualifies, LAC or not
    for m in release.mentions:
        party = m.entry
        if party is None and m.label == LAC_PARTY and len(m.ids) == 1:
            _left_open(release, m, countries, abroad, qualified)
            continue
        if not isinstance(party, Party):
            continue
        source = release.title if m.where == "title" else release.layout.clean
        named = next((entry for c, entry in countries if c.where == m.where and (
            (c.start >= m.end and QUALIFIER_AFTER.match(source[m.end:c.start]))
            or (c.end <= m.start and _qualifies_before(c, entry, source[c.end:m.start])))), None)
        if named is not None:
            qualified.add(id(m))
        if named is None or named.id == party.country:
            continue
        if not isinstance(named, Country):  # "the Philippine Democratic Revolutionary Party": not LAC
            abroad.append((m, party))
            m.entry = None
            continue
        if is_acronym(m.text):
            # "the PT of Brazil, the PT of Mexico": an acronym several LAC parties share is, where a
            # country qualifies it, that country's party of the acronym (the page's weight of
            # countries chose only one for all); it names no twin by other names
            own = gaz.party_by_alias(m.text, country=named.id)
            if own is not None:
                m.entry = own
            continue
        twins = [p for p in gaz.parties if p.country == named.id and set(p.acronyms) & set(party.acronyms)]
        if len(twins) == 1:
            m.entry = twins[0]
        elif not twins:
            # "the Party of Labour of Guatemala": a name qualified by another LAC country with no
            # twin there is not this party; nlp/party_names.py reads it among that country's parties
            m.entry = None
    _same_name_abroad(release, abroad, qualified)


def _left_open(release: Release, m: Mention, countries: list[tuple[Mention, Any]],
               abroad: list[tuple[Mention, Any]], qualified: set[int]) -> None:
    """A LAC party's name an earlier rule left open (a short acronym of a country the page never
    names: "the People's National Convention (PNC) of Ghana") and that a country outside the region
    qualifies is that country's party all the same: it goes on the list of names placed abroad, so
    that the page's other mentions of the same name (a headline's "PNC Delegation") follow it."""
    party = release.gazetteer.get(m.ids[0])
    if not isinstance(party, Party):
        return
    source = release.title if m.where == "title" else release.layout.clean
    named = next((entry for c, entry in countries if c.where == m.where and c.start >= m.end
                  and QUALIFIER_AFTER.match(source[m.end:c.start])), None)
    if named is not None and not isinstance(named, Country):
        qualified.add(id(m))
        abroad.append((m, party))


def _same_name_abroad(release: Release, abroad: list[tuple[Mention, Any]], qualified: set[int]) -> None:
    """"Guo Yezhou Meets Workers' Party Delegation from Singapore" over "a delegation of the Workers'
    Party of Singapore": a page writes one party's name the same way throughout, so where the text
    places a name in a country outside the region, the same name written elsewhere on the page with
    no country of its own (the headline's, a later sentence's) is that foreign party too, not the
    LAC party the bare name would be."""
    for first, party in abroad:
        written = normalise(first.text)
        for m in release.mentions:
            if m.entry is party and id(m) not in qualified and normalise(m.text) == written:
                m.entry = None


def _qualifies_before(mention: Mention, entry: Any, gap: str) -> bool:
    """Does a country written right before a party's name qualify it? Its possessive does
    ("Mexico's …", "Honduras' …"), and so does its demonym ("the Philippine …", "the Mexican …");
    a LAC country's bare name or capital does not ("in Mexico City Workers' Party leaders …" is no
    Mexican party). A country outside the region does by its bare name too ("the Bangladesh
    Workers Party"): no LAC country's party is written after a foreign country's name."""
    if POSSESSIVE_GAP.match(gap):
        return not isinstance(entry, Country) or normalise(mention.text) not in {
            normalise(c) for c in entry.capitals["en"]}
    if not DEMONYM_GAP.match(gap):
        return False
    if isinstance(entry, Country):
        return normalise(mention.text) in {normalise(d) for d in entry.demonyms["en"]}
    return True


# Characters a bare Chinese party name follows (a verb, a conjunction, a particle), not a name's end.
ZH_BEFORE_BARE = frozenset("的了和与同及并暨见谈访问会晤向对在为由是即任兼")
# What after a bare Chinese party name makes it a common word: 社会党人, 民主党派 (not 社会党人士, the
# party's people).
ZH_AFTER_NOT_NAME = re.compile(r"人(?!士)|派")
ZH_PARTY_ROLE = re.compile(r"(?:执政党|反对党|在野党|参政党|执政联盟|反对派|成员党)$")
# Words ending in a character that is no verb or particle alone, which a bare party name follows as it
# follows 和 or 见: 来自 (from: 成员来自正义党、激进公民联盟), 包括 (including), 出自 (from).
ZH_WORD_BEFORE_BARE = re.compile(r"(?:来自|來自|出自|包括)$")


def _bare(release: Release, m: Mention) -> bool:
    """Is a party's bare name ("National Party") written bare, not as part of another country's
    party ("French Socialist Party", "Socialist Party of France", "Spain's …")? A capitalised word
    right before it, or "of"/"(" and a capitalised word right after it, names someone else's."""
    source = release.title if m.where == "title" else release.layout.clean
    if has_han(m.text):
        # 会见了争取民主党领导人 and 执政党民族解放党 are bare; 德国社会民主党 is another country's party
        previous = source[m.start - 1:m.start] if m.start else ""
        if ZH_AFTER_NOT_NAME.match(source, m.end):
            return False  # 社会党人 (socialists), 民主党派 (China's democratic parties): a word, no name
        return (not ("\u4e00" <= previous <= "\u9fff") or previous in ZH_BEFORE_BARE
                or ZH_PARTY_ROLE.search(source, max(0, m.start - 4), m.start) is not None
                or ZH_WORD_BEFORE_BARE.search(source, max(0, m.start - 2), m.start) is not None)
    before = source[max(0, m.start - 30):m.start].split()
    after = source[m.end:m.end + 30]
    previous = before[-1] if before else ""
    if (previous[:1].isupper() and previous not in ("The", "A", "An", "Its", "Their", "And")
            and not previous.endswith((",", ";", ":"))):  # "the Liberal Party, National Party": a list
        return False
    return not re.match(r"\s*(?:of|\()\s*(?:the\s+)?[A-Z]", after)  # "Socialist Party of France"


LAC_LABELS = (LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)
OFFICIAL_LABEL = CN_OFFICIAL
