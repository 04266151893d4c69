"""The other ways releases write a party's, an organisation's or a platform's name, derived from
the names the gazetteer lists: with the country before or after it, possessive or demonym,
without an article or an apostrophe, Spanish with or without the country's article, the bare
name a page uses once it has named the country ("cores"), Chinese names in quotation marks.

Why a module of its own: these derivations are rules about language, not data; the gazetteer
turns them into EntityRuler patterns (``nlp.gazetteer_patterns``) and into the sets of bare
names (``Gazetteer.cores``, ``listed_cores``) that the release's country resolves
(``nlp.release.resolve``). Each takes the loaded gazetteer, to leave out a form that is another
party's name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from nlp.gazetteer_entries import Party
from nlp.names import DASHES, GENERIC_WORDS, HEAD_NOUNS, has_han, is_acronym, is_generic, strip_accents

if TYPE_CHECKING:
    from nlp.gazetteer import Gazetteer


def article_forms(gaz: Gazetteer, party: Any) -> list[str]:
    """"Partido Comunista de Ecuador" for "… del Ecuador", "Partido Comunista del Uruguay" for "… de
    Uruguay", "… de Argentina" for "… de la Argentina": Spanish writes some countries' names with
    or without their article (el Ecuador, el Uruguay, el Perú, la Argentina). Only for a country
    whose Spanish names show the article ("República del Ecuador"), and never a form that is
    another party's name."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    if country is None:
        return []
    spanish = country.names["es"]
    out: list[str] = []
    for name in [party.official_name or "", *party.aliases.get("es", [])]:
        for place in (n for n in spanish if " " not in n):
            if name.endswith(f" de la {place}") or name.endswith(f" del {place}"):
                out.append(f"{name.rsplit(' de', 1)[0]} de {place}")
            elif name.endswith(f" de {place}") and any(f" del {place}" in n for n in spanish):
                out.append(f"{name[: -len(place) - 4]} del {place}")
    return [n for n in dict.fromkeys(out) if all(p is party for p in gaz.parties_by_alias(n))]


# Plural nouns of party names whose possessive English writes with or without its apostrophe
# ("United Workers' Party", "United Workers Party"; "Citizens' Action Party", "Citizens Action Party").
PLURAL_OWNERS = ("Workers", "Citizens")


def apostrophe_forms(names: list[str]) -> list[str]:
    """Names with a possessive's apostrophe dropped ("Workers' Party" → "Workers Party", "People's
    National Movement" → "Peoples National Movement"), and for ``PLURAL_OWNERS`` added ("United
    Workers Party" → "United Workers' Party"): copies write both,
    and two parties whose names differ only there (Dominica's and Saint Lucia's United Workers'
    Party) must both be candidates, for the page's country to decide."""
    out: list[str] = []
    for name in names:
        if re.search(r"s['’](?= )", name):
            out.append(re.sub(r"(?<=s)['’](?= )", "", name))
        # a common noun's singular possessive loses its apostrophe too: "Peoples Progressive
        # Party", "Peoples National Movement" (not a place's: "Brazil's" stays as written)
        dropped = re.sub(r"\b(\w+)['’]s\b",
                         lambda m: m.group(1) + "s" if m.group(1).casefold() in GENERIC_WORDS else m.group(0),
                         name)
        if dropped != name:
            out.append(dropped)
        for word in PLURAL_OWNERS:
            if re.search(rf"\b{word} ", name):
                out.append(re.sub(rf"\b{word} ", f"{word}' ", name))
    return [n for n in dict.fromkeys(out) if n not in names]


def demonym_forms_es(gaz: Gazetteer, party: Any) -> list[str]:
    """"Partido Comunista de Colombia" for the Partido Comunista Colombiano, "Partido Comunista
    Mexicano" ↔ "… de México": Spanish names a party by its country or by the country's adjective.
    Only for a "Partido …" name, and only when no other party of the country has a name opening
    the same way ("Partido Comunista Peruano" and "Partido Comunista del Perú – Patria Roja" are two
    parties, so Peru's get none)."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    if country is None:
        return []
    places = [n for n in country.names["es"] if " " not in n]
    adjectives = [d[:1].upper() + d[1:] for d in country.demonyms["es"][:1]]
    out: list[str] = []
    for name in [party.official_name or "", *party.aliases.get("es", [])]:
        if not name.startswith("Partido "):
            continue
        stem = next((name[: -len(a) - 1] for a in adjectives if name.endswith(" " + a)), None)
        if stem is None:
            stem = next((re.sub(r" de(?:l| la| el)?$", "", name[: -len(p) - 1]) for p in places
                         if re.search(rf" de(?:l| la| el)? {re.escape(p)}$", name)), None)
            if stem is None:
                continue
            out += [f"{stem} {a}" for a in adjectives]
        else:
            out += [f"{stem} de {p}" for p in places]
        rivals = [n for other in gaz.parties if other is not party and other.country == party.country
                  for n in [other.official_name or "", *other.aliases.get("es", [])]]
        if any(strip_accents(r).startswith(strip_accents(stem)) for r in rivals):
            return []
    return [n for n in dict.fromkeys(out) if all(p is party for p in gaz.parties_by_alias(n))]


NAME_ARTICLES = ("The", "A", "An", "La", "El", "Los", "Las")


def without_article(party: Any) -> list[str]:
    """"Partnership for National Unity" for A Partnership for National Unity, "Libertad Avanza" for
    La Libertad Avanza: a release puts its own article before a name that opens with one ("the
    Partnership for National Unity", "the Libertad Avanza"). Only where what is left is
    distinctive — not made of common words only, or three words at least — since "New Era" of
    "A New Era" is a headline's ordinary words."""
    out: list[str] = []
    for name in [*party.all_names("en"), *party.all_names("es")]:
        first, _, rest = name.partition(" ")
        if first in NAME_ARTICLES and rest and (len(rest.split()) >= 3 or not is_generic(rest)):
            out.append(rest)
    return list(dict.fromkeys(out))


def member_forms(party: Any) -> list[str]:
    """"Sandinista Party" for the party whose members English calls "the Sandinistas": English names
    a party by its members' word as an adjective before "party". The members' word is a one-word
    plural among its English aliases whose singular is a word of another of its names ("Sandinista
    National Liberation Front"); a one-word name that is no such plural ("Cambiemos") gives none."""
    names = party.all_names("en")
    words = {w for name in names if " " in name for w in name.split()}
    out: list[str] = []
    for name in getattr(party, "aliases", {}).get("en", []):
        if (" " not in name and name.endswith("s") and name[:-1] in words and not is_acronym(name)
                and not is_generic(name)):
            out.append(f"{name[:-1]} Party")
    return out


# The head nouns of platforms named after the city they were founded in: English writes both "São
# Paulo Forum" and "the Forum of São Paulo", "Puebla Group" and "the Group of Puebla", "Rio Group"
# and "the Group of Rio" (as Spanish does: Foro de São Paulo, Grupo de Puebla, Grupo de Río).
PLATFORM_HEADS = ("Forum", "Group")


def platform_forms(platform: Any) -> list[str]:
    """English forms of a platform's name beyond its aliases: "<Head> of <Place>" for a "<Place>
    <Head>" name whose place is a proper name of one or two words (no acronym, no common word:
    "BRICS Political Parties Forum" stays as it is), and a long acronym said as a word written in
    Title case ("Caricom", "Celac", "Unasur", "Copppal"; four letters or fewer stay capitals, as
    ALBA, SICA, UPLA are words or names too)."""
    out: list[str] = []
    for name in platform.all_names("en"):
        *place, head = name.split()
        proper = all(w[:1].isupper() and not is_acronym(w) and not set(w) & set(DASHES) for w in place)
        if 1 <= len(place) <= 2 and head in PLATFORM_HEADS and proper and not is_generic(" ".join(place)):
            out.append(f"{head} of {' '.join(place)}")
    out += [a.capitalize() for a in platform.acronyms if len(a) >= 5 and a.isalpha() and a.isupper()]
    return list(dict.fromkeys(out))


def _cores(gaz: Gazetteer, party: Any, any_bracket: bool = False) -> tuple[Any, list[str]]:
    """The party's country and the English names without it: "Socialist Party" of "Socialist Party of
    Chile", "… (Chile)" or "… (Chile, 2013)" (with ``any_bracket``, of any "… (qualifier)")."""
    country = gaz.country(party.country)
    if country is None:
        return None, []
    places = [n for n in dict.fromkeys([country.canonical, *country.names["en"]]) if n]
    place_re = "|".join(re.escape(n) for n in places)
    # Wikipedia's bracket may add the founding year to the country: "Liberal Party (Brazil, 2006)"
    bracket = r"[^)]*" if any_bracket else rf"(?:{place_re})(?:,? \d{{4}})?"
    cores = []
    for name in party.all_names("en"):
        match = re.match(rf"^(?P<x>.+?) (?:of|in) (?:the )?(?:{place_re})$|^(?P<y>.+?) \({bracket}\)$", name)
        if match:
            cores.append(match.group("x") or match.group("y"))
    return country, cores


def possessive_forms(gaz: Gazetteer, party: Any) -> list[str]:
    """"Chile's Socialist Party" and "Chilean Socialist Party" for the Socialist Party of Chile (or
    "… (Chile)"), "Cuba's National Assembly of People's Power": agency copies name a party or an
    organisation by its country's possessive or demonym, and the bare "Socialist Party" is too
    common to be a name on its own."""
    country, cores = _cores(gaz, party)
    if country is None:
        return []
    places = [n for n in dict.fromkeys([country.canonical, *country.names["en"]]) if n]
    out: list[str] = []
    bracketed = {m.group(1) for name in party.all_names("en") if (m := re.match(r"^(.+?) \(.+\)$", name))}
    for core in cores:
        if len(core.split()) < 2 and not is_acronym(core):
            continue
        out += [f"{place}'s {core}" for place in places[:2]]
        out += [f"{demonym} {core}" for demonym in country.demonyms["en"][:2]]
        out += [f"{place}' {core}" for place in places[:2] if place.endswith("s")]  # "Honduras' …"
        if core in bracketed:
            # "Green Party (Brazil)" is also written "the Green Party of Brazil"; so is a core that is
            # a name of its own, else "the Democratic Labour Party of Barbados" is read as the
            # longer "Labour Party of Barbados" inside it (the Barbados Labour Party)
            out += [f"{core} of {place}" for place in places[:2]]
    for name in party.all_names("en"):  # "the Labour Party of Saint Kitts and Nevis" for "Saint Kitts …"
        place = next((p for p in sorted(places, key=len, reverse=True) if name.startswith(p + " ")), None)
        rest = name[len(place) + 1:] if place else ""
        if place and len(rest.split()) >= 2:
            out.append(f"{rest} of {place}")
            # the country's other names and its demonym open the same name: "Antigua & Barbuda
            # Labour Party", "the Jamaican Labour Party", "St Kitts-Nevis Labour Party"
            out += [f"{other} {rest}" for other in places if other != place]
            out += [f"{demonym} {rest}" for demonym in country.demonyms["en"][:2]]
            # and its possessive, as for a name that ends with it: "Saint Lucia's Labour Party",
            # "Barbados' Labour Party" (the bare "Labour Party" after it is no name on its own)
            out += [f"{other}'s {rest}" for other in places[:2]]
            out += [f"{other}' {rest}" for other in places[:2] if other.endswith("s")]
    if isinstance(party, Party):
        out += _with_country_after(gaz, party, places)
    return list(dict.fromkeys(out))


def _with_country_after(gaz: Gazetteer, party: Any, places: list[str]) -> list[str]:
    """"the Unity Labour Party of Saint Vincent and the Grenadines": a party whose name carries no
    country, written with its country after it, where a namesake's form would be read inside it. The
    matcher keeps the longest name, and a party named with its country first has the form "{rest} of
    {country}" ("Labour Party of Saint Vincent" for the Saint Vincent Labour Party), which a longer
    name ending in that rest holds (as the bracketed cores above guard "the Democratic Labour Party
    of Barbados"). Only those names get the form: for every party it would cost the ruler much memory."""
    rests = _country_first_rests(gaz).get(getattr(party, "country", None) or "", ())
    out = []
    for name in dict.fromkeys(filter(None, [party.canonical, getattr(party, "official_name", None)])):
        if "(" in name or any(place in name for place in places):
            continue
        if any(name.endswith(" " + rest) for rest in rests):
            out += [f"{name} of {place}" for place in places]
    return out


_RESTS: dict[int, dict[str, set[str]]] = {}


def _country_first_rests(gaz: Gazetteer) -> dict[str, set[str]]:
    """Per country, the rest of each party name that opens with the country ("Labour Party" of the
    Saint Vincent Labour Party): the "{rest} of {country}" forms ``possessive_forms`` gives."""
    if id(gaz) not in _RESTS:
        rests: dict[str, set[str]] = {}
        for party in gaz.parties:
            country = gaz.country(party.country) if party.country else None
            if country is None:
                continue
            places = sorted({country.canonical, *country.names["en"]} - {""}, key=len, reverse=True)
            for name in party.all_names("en"):
                place = next((p for p in places if name.startswith(p + " ")), None)
                if place and len(name[len(place) + 1:].split()) >= 2:
                    rests.setdefault(party.country, set()).add(name[len(place) + 1:])
        _RESTS[id(gaz)] = rests
    return _RESTS[id(gaz)]


def _place_of(country: Any, place: str) -> str:
    """"the Dominican Republic", "the Bahamas": a country name English writes with its article after
    "of" (a "… Republic" name, or one the country lists with "The"), else the name alone."""
    listed = {n.casefold() for n in country.names["en"]}
    return f"the {place}" if place.endswith("Republic") or f"the {place}".casefold() in listed else place


def country_swap_forms(gaz: Gazetteer, party: Any) -> list[str]:
    """"Communist Party of Mexico" and "Mexico's Communist Party" for the Mexican Communist Party,
    "Suriname National Democratic Party" for the National Democratic Party (Suriname): English names
    a party by its country in three places — the demonym before the name, the country's name before
    it, "of <country>" after it — and releases use any of them whatever the party's own name does
    ("Socialist Party of Ecuador" for the Partido Socialista Ecuatoriano). ``possessive_forms`` gives
    the demonym and possessive for a name with "of <country>"; this gives the rest: for a name
    opening with the demonym, the name with "of <country>" and the possessive; for a name with
    "of <country>" or "(<country>)", the name opened by the country's name. Only where what is left
    ends as a party's name does (Party, Front, Movement, …) and is two words at least, and never a
    form that is another party's name ("Communist Party of Brazil" is not the Brazilian Communist
    Party)."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    if country is None:
        return []
    places = _short_places(country)
    rivals = {rest for other in gaz.parties if other is not party and other.country == party.country
              for rest in _bare_names(gaz, other)}
    out: list[str] = []
    for name in party.all_names("en"):
        demonym = next((d for d in country.demonyms["en"] if name.startswith(d + " ")), None)
        rest = name[len(demonym) + 1:] if demonym else ""
        if demonym and _swappable(rest, rivals):
            out += [f"{rest} of {_place_of(country, place)}" for place in places]
            out += [f"{place}'s {rest}" for place in places]
            out += [f"{place}' {rest}" for place in places if place.endswith("s")]  # "Honduras' …"
    for core in _cores(gaz, party)[1]:
        if _swappable(core, rivals):
            out += [f"{place} {core}" for place in places if not place.startswith(("The ", "the "))]
    return [n for n in dict.fromkeys(out) if all(p is party for p in gaz.parties_by_alias(n))]


def _swappable(rest: str, rivals: set[str]) -> bool:
    """A party's name without its country that may take the country elsewhere: two words at least,
    ending as a party's name does, and no other party of the country has it as its bare name or as
    the end of one (the PCdoB and the PCB are both a "Communist Party" of Brazil: neither gets the
    other's form; "Revolutionary Party of the Dominican Republic" would swallow the "Modern
    Revolutionary Party" before it)."""
    words = rest.split()
    key = strip_accents(rest).casefold()
    return (len(words) >= 2 and words[-1].casefold() in HEAD_NOUNS
            and not any(r == key or r.endswith(" " + key) for r in rivals))


def _short_places(country: Any) -> list[str]:
    """The country's canonical English name and its short variants ("St. Kitts and Nevis", "Surinam"),
    not its official long names ("Federative Republic of Brazil", "United Mexican States")."""
    official = re.compile(r"\b(?:Republic|State|States|Commonwealth|Federation)\b")
    return [n for n in dict.fromkeys([country.canonical, *country.names["en"]])
            if n and (n == country.canonical or not official.search(n))]


def _bare_names(gaz: Gazetteer, party: Any) -> set[str]:
    """The party's English names without the country wherever it stands (demonym, name or
    possessive before; "of <country>" or a bracket after), casefolded and without accents."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    if country is None:
        return set()
    heads = sorted({*country.demonyms["en"], *(f"{p}'s" for p in _short_places(country)),
                    *_short_places(country)}, key=len, reverse=True)
    out = set(_cores(gaz, party)[1])
    for name in party.all_names("en"):
        head = next((h for h in heads if name.startswith(h + " ")), None)
        out.add(name[len(head) + 1:] if head else name)
    return {strip_accents(n).casefold() for n in out}



# Bare party names that mean another party too often in these releases to be read by the page's
# country alone: the CPC itself ("the Communist Party"), Britain's Labour Party, parties worldwide.
NOT_CORES = frozenset({"communist party", "workers' party", "workers party", "labour party", "labor party",
                       "people's party", "peoples party", "green party", "socialist workers' party",
                       "new party", "republican party", "democratic party", "liberal party of canada"})


def generic_cores(gaz: Gazetteer, party: Any) -> list[str]:
    """"National Party" for the National Party (Uruguay) and the National Party of Honduras: the bare
    name a page uses once it has named the country. Made of common words only (so matched with its
    capitals), two words at least, and not one of ``NOT_CORES``. Which party it is, the release's
    country decides (``nlp.release.resolve``)."""
    _, cores = _cores(gaz, party, any_bracket=True)
    return list(dict.fromkeys(core for core in cores if len(core.split()) >= 2 and is_generic(core)
                              and strip_accents(core).casefold() not in NOT_CORES))


# Too common to stand alone even on a page about the party's country, but a name in a list of that
# country's parties ("MORENA; Alberto Anaya of the Labor Party", 国家复兴运动党和劳动党): the
# country written once qualifies every party of the list. A Chinese one is also read by the country
# of its clause or of its page (``nlp.release._clause_country``, ``_page_country``). "Communist Party"
# (``CHAIN_ONLY_EN``) and 共产党 (``ZH_CLAUSE_ONLY``) are read only in one person's chain of titles
# or a coordinated list of the country's parties (``nlp.coordinated_parties``), never by a sentence
# that merely names another party of the country: a LAC page's bare "Communist Party" is most often
# the CPC.
LISTED_CORES_EN = NOT_CORES - {"liberal party of canada"}
CHAIN_ONLY_EN = frozenset({"communist party"})


def listed_cores(gaz: Gazetteer, party: Any) -> list[str]:
    """The party's names too common to stand alone, usable only in a list of its country's parties
    (``nlp.release.resolve``): an English ``NOT_CORES`` core, a three-character Chinese core."""
    country, cores = _cores(gaz, party, any_bracket=True)
    if country is not None:
        # "Saint Lucia Labour Party": a name that opens with its country gives the same bare name
        # ("the Labour Party") as one that ends with it
        places = sorted(_short_places(country), key=len, reverse=True)
        for name in party.all_names("en"):
            place = next((p for p in places if name.startswith(p + " ")), None)
            if place:
                cores = [*cores, name[len(place) + 1:]]
    english = [c for c in cores if strip_accents(c).casefold() in LISTED_CORES_EN]
    chinese = [c for c in _zh_cores(gaz, party)
               if (len(c) == ZH_CORE_MIN - 1 and c.endswith("党")) or c in ZH_CLAUSE_ONLY]
    return list(dict.fromkeys(english + chinese))


# Bare Chinese names read only by the LAC country that opens their clause (智利众议员、共产党中央委员),
# never by the page's country or a list: a LAC page's bare 共产党 is most often the CPC; 工党 (two
# characters: also inside words, 职工党员) is Britain's, Australia's or a Caribbean country's Labour
# Party, read only as a title of a chain under its country (圣卢西亚总理、工党领袖); 红党 (two characters:
# Uruguay's and Paraguay's Colorado Party) likewise, or in a list of its country's parties
# (乌拉圭广泛阵线、民族党和红党: ``nlp.coordinated_parties``).
ZH_CLAUSE_ONLY = frozenset({"共产党", "工党", "红党"})
ZH_CORE_MIN = 4  # 社会党, 共产党, 劳工党: three characters are too common to stand alone
ZH_PARTY_END = ("党", "运动", "阵线", "联盟", "公约", "阵营")


def generic_cores_zh(gaz: Gazetteer, party: Any) -> list[str]:
    """争取民主党 for 智利争取民主党: the Chinese name without its country, which a page uses once it
    has named the country (as "National Party" in English). Four characters at least, ending as a
    party's name does; which party it is, the release's country decides (``nlp.release.resolve``)."""
    return [core for core in _zh_cores(gaz, party)
            if len(core) >= ZH_CORE_MIN and core.endswith(ZH_PARTY_END)]


def _zh_country_split(gaz: Gazetteer, party: Any) -> list[tuple[str, str]]:
    """Each of the party's Chinese names that opens with its country's name (the longest Chinese
    form of it), as (that country name, the rest)."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    names = country.names["zh"] if country else []
    places = sorted((n for n in names if has_han(n)), key=len, reverse=True)
    out: list[tuple[str, str]] = []
    for name in party.all_names("zh"):
        place = next((p for p in places if name.startswith(p)), "")
        if place:
            out.append((place, name[len(place):]))
    return out


def _zh_cores(gaz: Gazetteer, party: Any) -> list[str]:
    """The party's Chinese names that start with its country's name, without it."""
    return list(dict.fromkeys(rest for _place, rest in _zh_country_split(gaz, party) if rest))


def country_forms_zh(gaz: Gazetteer, party: Any) -> list[str]:
    """瓜地马拉全国革命联盟 for 危地马拉全国革命联盟, 多明尼加解放党 for 多米尼加解放党: Chinese opens a
    party's name with its country's name, and Taiwan's and Hong Kong's portals write the country by
    their own name for it (瓜地马拉, 哥斯大黎加, 千里达及托巴哥), which the gazetteer lists beside the
    mainland one; the party's name follows its country's, so each name of the country opens it. Not
    the state's formal name (…共和国), which no party's name carries, and never a form that is another
    party's name."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    names = country.names["zh"] if country else []
    places = sorted((n for n in names if has_han(n) and not n.endswith(("共和国", "联邦"))),
                    key=len, reverse=True)
    out: list[str] = []
    for name in party.all_names("zh"):
        place = next((p for p in places if name.startswith(p)), "")
        if not place or len(name) <= len(place):
            continue
        out += [other + name[len(place):] for other in places
                if other != place and not other.startswith(place) and not place.startswith(other)]
    return [n for n in dict.fromkeys(out) if all(p is party for p in gaz.parties_by_alias(n))]


ZH_QUOTES = (("“", "”"), ("「", "」"), ('"', '"'))


def quoted_zh(gaz: Gazetteer, party: Any) -> list[str]:
    """秘鲁“为了变革秘鲁人”党 for 秘鲁为了变革秘鲁人党, 厄瓜多尔“公民革命”运动 for 厄瓜多尔公民革命运动:
    Chinese prints a party name that is a phrase ("Peruvians for Change", "Citizen Revolution")
    between quotation marks, the country and the head word (党, 运动, 阵线, …) outside them."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    names = country.names["zh"] if country else []
    places = sorted((n for n in names if has_han(n)), key=len, reverse=True)
    out: list[str] = []
    for name in party.all_names("zh"):
        head = next((h for h in ZH_PARTY_END if name.endswith(h)), None)
        if head is None:
            continue
        place = next((p for p in places if name.startswith(p)), "")
        core = name[len(place):-len(head)]
        if len(core) >= 2 and has_han(core):
            out += [f"{place}{left}{core}{right}{head}" for left, right in ZH_QUOTES]
    return out


# Words of a party's name that Chinese outlets translate in more than one way, each group one word of
# the original: Labour (工党, 劳工党), Front (阵线, 战线), Socialist Party (社会党, 社会主义党),
# National (民族, 全国, 国家: Partido Nacional, Movimiento Nacional, Congreso Nacional). The longer
# spelling of a group comes first, so that 劳工党 is not read as 劳 + 工党.
ZH_TRANSLATIONS = (("劳工党", "工党"), ("阵线", "战线"), ("社会主义党", "社会党"), ("民族", "全国", "国家"))
ZH_NOT_NATIONAL = "主义"  # 民族主义 is "nationalist", a word of its own, never 全国主义


def translation_forms_zh(gaz: Gazetteer, party: Any) -> list[str]:
    """牙买加人民民族党 → 牙买加人民国家党, 圣卢西亚工党 → 圣卢西亚劳工党, 乌拉圭广泛阵线 → 乌拉圭广泛战线,
    智利社会党 → 智利社会主义党: outlets translate some words of a party's name differently (the
    groups of ``ZH_TRANSLATIONS``), so each of the party's Chinese names that opens with its country
    gets the other translations of such a word, one word at a time. Only names that carry their
    country (the country makes the form the party's and no other's), and never a form that is another
    party's name."""
    out: list[str] = []
    for place, rest in _zh_country_split(gaz, party):
        for group in ZH_TRANSLATIONS:
            out += [place + form for form in _retranslated(rest, group)]
    own = set(party.all_names("zh"))
    return [n for n in dict.fromkeys(out)
            if n not in own and all(p is party for p in gaz.parties_by_alias(n))]


def _retranslated(rest: str, group: tuple[str, ...]) -> list[str]:
    """``rest`` with its first word of ``group`` written as each other word of the group."""
    for word in group:
        at = rest.find(word)
        if at < 0 or (group[0] == "民族" and rest.startswith(ZH_NOT_NATIONAL, at + len(word))):
            continue
        return [rest[:at] + other + rest[at + len(word):] for other in group if other != word]
    return []
