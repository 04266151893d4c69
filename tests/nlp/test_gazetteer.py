"""The gazetteer: counts, integrity, alias resolution (en/es/pt/zh, acronyms), look-alikes,
officials by date, the partnership ladder, and the EntityRuler patterns on real spaCy pipelines."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

from nlp.evaluate import norm
from nlp.gazetteer import (
    DATA_DIR,
    FILES,
    Gazetteer,
    check,
    is_acronym,
    is_generic,
    normalise,
    to_simplified,
    traditional_variants,
)

REPO = Path(__file__).resolve().parents[2]
SHARED_DEV = REPO.parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def en_nlp(gaz: Gazetteer) -> spacy.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(gaz.patterns("en"))
    return nlp


@pytest.fixture(scope="module")
def zh_nlp(gaz: Gazetteer) -> spacy.Language:
    nlp = spacy.blank("zh")
    nlp.add_pipe("entity_ruler").add_patterns(gaz.patterns("zh"))
    return nlp


def ents(doc) -> list[tuple[str, str, str]]:
    return [(e.label_, e.text, e.ent_id_) for e in doc.ents]


# ----------------------------------------------------------------- counts and integrity
def test_counts(gaz: Gazetteer) -> None:
    assert sum(c.is_state for c in gaz.countries) == 33
    assert len(gaz.parties) >= 250
    assert len(gaz.partnership_levels) >= 6
    assert {"Puerto Rico", "Curaçao", "French Guiana", "Martinique"} <= {c.canonical for c in gaz.countries}


def test_every_state_has_a_party(gaz: Gazetteer) -> None:
    with_party = {p.country for p in gaz.parties}
    missing = [c.canonical for c in gaz.countries if c.is_state and c.id not in with_party]
    assert missing == []


def test_shipped_files_pass_the_check(gaz: Gazetteer) -> None:
    assert check(gaz) == []


def test_ids_unique_across_files(gaz: Gazetteer) -> None:
    ids = [e["id"] for name in FILES for e in gaz.raw[name]["entries"]]
    assert len(ids) == len(set(ids))


def test_party_and_organisation_countries_exist(gaz: Gazetteer) -> None:
    countries = {c.id for c in gaz.countries}
    assert all(p.country in countries for p in gaz.parties)
    assert all(o.country is None or o.country in countries for o in gaz.organisations)


def test_every_state_has_a_chinese_name_and_a_legislature(gaz: Gazetteer) -> None:
    legislatures = {o.country for o in gaz.organisations if o.kind == "legislature"}
    for country in gaz.countries:
        assert country.names["zh"], country.id
        if country.is_state:
            assert country.id in legislatures, country.id


def test_canonical_party_names_the_coders_use(gaz: Gazetteer) -> None:
    canon = {p.canonical for p in gaz.parties}
    for name in ("Communist Party of Cuba", "Workers' Party (Brazil)", "Sandinista National Liberation Front",
                 "United Socialist Party of Venezuela", "Broad Front", "Institutional Revolutionary Party",
                 "Historic Pact for Colombia"):
        assert name in canon


# ----------------------------------------------------------------- countries
@pytest.mark.parametrize("text, canonical", [
    ("Cuba", "Cuba"), ("Cuban", "Cuba"), ("Cubans", "Cuba"), ("cubano", "Cuba"), ("La Habana", "Cuba"),
    ("哈瓦那", "Cuba"), ("古巴", "Cuba"), ("Bolivarian Republic of Venezuela", "Venezuela"),
    ("委内瑞拉玻利瓦尔共和国", "Venezuela"), ("Plurinational State of Bolivia", "Bolivia"),
    ("Trinidad & Tobago", "Trinidad and Tobago"),
    ("St. Vincent and the Grenadines", "Saint Vincent and the Grenadines"),
    ("the Bahamas", "Bahamas"), ("Brasil", "Brazil"), ("Perú", "Peru"), ("PERU", "Peru"),
    ("Dominica", "Dominica"), ("Dominican Republic", "Dominican Republic"),
    ("Dominican", "Dominican Republic"),
    ("多米尼克", "Dominica"), ("多米尼加", "Dominican Republic"), ("Guyanese", "Guyana"), ("Malvinas", None),
    ("特立尼达和多巴哥", "Trinidad and Tobago"), ("Curacao", "Curaçao"),
])
def test_country_by_name(gaz: Gazetteer, text: str, canonical: str | None) -> None:
    found = gaz.country_by_name(text)
    if canonical is None:
        assert found is not None and found.id == "FLK"
    else:
        assert found is not None and found.canonical == canonical


@pytest.mark.parametrize("text", ["Guinea", "Papua New Guinea", "Colombo", "Spain", "España", "Portugal",
                                  "New Mexico", "Granada", "Bermuda", "Columbia", "几内亚", "西班牙"])
def test_lookalike_places_are_not_lac(gaz: Gazetteer, text: str) -> None:
    assert gaz.country_by_name(text) is None
    assert gaz.is_lookalike(text) is not None


# ----------------------------------------------------------------- parties
@pytest.mark.parametrize("text, country, party_id", [
    ("Communist Party of Cuba", None, "pcc-cu"),
    ("Cuban Communist Party", None, "pcc-cu"),
    ("Partido Comunista de Cuba", None, "pcc-cu"),
    ("古巴共产党", None, "pcc-cu"),
    ("PCC", None, "pcc-cu"),
    ("PCC", "Colombia", "pcc-co"),
    ("FSLN", None, "fsln-ni"),
    ("尼加拉瓜桑地诺民族解放阵线", None, "fsln-ni"),
    ("委内瑞拉统一社会主义党", None, "psuv-ve"),
    ("PSUV", None, "psuv-ve"),
    ("巴西劳工党", None, "pt-br"),
    ("Partido dos Trabalhadores", None, "pt-br"),
    ("Workers’ Party of Brazil", None, "pt-br"),
    ("PT", None, "pt-br"),
    ("PT", "MEX", "pt-mx"),
    ("MAS-IPSP", None, "mas-bo"),
    ("Movimiento al Socialismo", "Venezuela", "mas-ve"),
    ("FMLN", None, "fmln-sv"),
    ("Frente Amplio", None, "fa-uy"),
    ("Frente Amplio", "Costa Rica", "fa-cr"),
    ("广泛阵线", None, "fa-uy"),
    ("PRI", None, "pri-mx"),
    ("MORENA", None, "morena-mx"),
    ("墨西哥国家复兴运动党", None, "morena-mx"),
    ("Partido Justicialista", None, "pj-ar"),
    ("PCdoB", None, "pcdob-br"),
    ("巴西共产党", None, "pcdob-br"),
    ("PCCh", None, "pc-cl"),
    ("Pacto Histórico", None, "ph-co"),
    ("Pacto Historico", None, "ph-co"),
    ("Fuerza Alternativa Revolucionaria del Común", None, "comunes-co"),
    ("PRD", "Panama", "prd-pa"),
    ("PRD", "Dominican Republic", "prd-do"),
    ("PRD", "Mexico", "prd-mx"),
    ("PPP/C", None, "ppp-gy"),
    ("JLP", None, "jlp-jm"),
    ("牙买加人民民族党", None, "pnp-jm"),
    ("UNC", None, "unc-tt"),
    ("Unity Labour Party", None, "ulp-vc"),
    ("Fanmi Lavalas", None, "fl-ht"),
])
def test_party_by_alias(gaz: Gazetteer, text: str, country: str | None, party_id: str) -> None:
    found = gaz.party_by_alias(text, country=country)
    assert found is not None and found.id == party_id


def test_ambiguous_acronym_without_country_is_not_guessed(gaz: Gazetteer) -> None:
    assert {p.id for p in gaz.parties_by_alias("PRD")} == {"prd-mx", "prd-pa", "prd-do"}
    assert gaz.party_by_alias("PRD") is None
    assert gaz.party_by_alias("PRD", country="Cuba") is None


@pytest.mark.parametrize("text", [
    "PSOE", "Communist Party of Spain", "Partido Comunista de España", "Portuguese Communist Party",
    "Bloco de Esquerda", "Workers' Party of Korea", "Polish People's Party", "Australian Labor Party",
    "Communist Party of Vietnam", "MPLA", "Podemos", "西班牙工人社会党", "朝鲜劳动党", "中国共产党"])
def test_lookalike_parties_do_not_resolve(gaz: Gazetteer, text: str) -> None:
    assert gaz.party_by_alias(text) is None
    assert gaz.parties_by_alias(text) == []
    assert gaz.is_lookalike(text) is not None


def test_acronyms_shared_with_foreign_parties(gaz: Gazetteer, en_nlp: spacy.Language) -> None:
    assert {lk.id for lk in gaz.foreign_uses("PPP")} == {"ppp-pakistan", "ppp-malaysia", "ppp-gambia"}
    assert gaz.foreign_uses("FSLN") == []
    assert gaz.party_by_alias("PPP").id == "ppp-gy"  # still the LAC party: the caller weighs context
    found = ents(en_nlp("Leaders of the Pakistan Peoples Party and of Chama Cha Mapinduzi met."))
    assert [label for label, _, _ in found] == ["LOOKALIKE", "LOOKALIKE"]


def test_leftist_flags_follow_the_rule(gaz: Gazetteer) -> None:
    by_id = {p.id: p for p in gaz.parties}
    for leftist in ("pcc-cu", "fsln-ni", "psuv-ve", "pt-br", "fa-uy", "ph-co", "mas-bo", "fmln-sv"):
        assert by_id[leftist].leftist, leftist
    for not_leftist in ("pri-mx", "pan-mx", "jlp-jm", "pnm-tt", "arena-sv", "udi-cl"):
        assert not by_id[not_leftist].leftist, not_leftist
    raw = {e["id"]: e for e in gaz.raw["parties"]["entries"]}
    assert all(raw[p.id].get("leftist_basis") for p in gaz.parties if p.leftist)


def test_successor_links(gaz: Gazetteer) -> None:
    mvr = gaz.get("mvr-ve")
    assert mvr.merged_into == "psuv-ve" and mvr.valid_in(2005) and not mvr.valid_in(2010)


def test_organisations(gaz: Gazetteer) -> None:
    ujc = gaz.organisation_by_alias("Unión de Jóvenes Comunistas")
    assert ujc is not None and ujc.kind == "youth" and ujc.party == "pcc-cu"
    assert gaz.organisation_by_alias("古巴妇女联合会").kind == "women"
    assert gaz.organisation_by_alias("National Assembly of Venezuela").kind == "legislature"
    assert gaz.organisation_by_alias("CUT") is None  # Brazil, Chile, Colombia
    assert gaz.organisation_by_alias("CUT", country="Brazil").id == "cut-br"


def test_platforms(gaz: Gazetteer) -> None:
    assert gaz.platform_by_alias("CELAC").mechanism == "regional"
    assert gaz.platform_by_alias("中国共产党与拉美和加勒比政党论坛").id == "china-lac-parties-forum"
    assert gaz.platform_by_alias("CPC in Dialogue with World Political Parties").mechanism == "global"
    assert gaz.platform_by_alias("中国共产党与世界政党高层对话会").mechanism == "global"
    assert gaz.platform_by_alias("Foro de São Paulo").leftist
    assert gaz.platform_by_alias("COPPPAL").mechanism == "regional"


# ----------------------------------------------------------------- officials
def test_idcpc_minister_by_date(gaz: Gazetteer) -> None:
    title = "Minister of the International Department of the CPC Central Committee"
    assert gaz.holder_of(title, "2014-05-01").name_en == "Wang Jiarui"
    assert gaz.holder_of(title, "2018-06-21").name_en == "Song Tao"
    assert gaz.holder_of(title, "2023-01-10").name_en == "Liu Jianchao"


def test_heads_of_state_and_foreign_ministers_by_date(gaz: Gazetteer) -> None:
    president = "President of the People's Republic of China"
    assert gaz.holder_of(president, "2012-06-01").name_en == "Hu Jintao"
    assert gaz.holder_of(president, "2019-06-01").name_en == "Xi Jinping"
    fm = "Minister of Foreign Affairs"
    assert gaz.holder_of(fm, "2012-06-01").name_en == "Yang Jiechi"
    assert gaz.holder_of(fm, "2023-03-01").name_en == "Qin Gang"
    assert gaz.holder_of(fm, "2023-09-01").name_en == "Wang Yi"
    premier = "Premier of the State Council"
    assert [gaz.holder_of(premier, d).name_en for d in ("2010-01-01", "2016-01-01", "2024-01-01")] == [
        "Wen Jiabao", "Li Keqiang", "Li Qiang"]
    assert gaz.holder_of("Chairman of the NPC Standing Committee", "2015-01-01").name_en == "Zhang Dejiang"
    assert gaz.holder_of("Chairman of the CPPCC National Committee", "2024-01-01").name_en == "Wang Huning"


def test_official_by_name_and_date(gaz: Gazetteer) -> None:
    xi = gaz.official_by_name("习近平", on="2020-01-01")
    assert xi is not None and any(o.head_of_state_or_government for o in xi.offices_on("2020-01-01"))
    assert not any(o.head_of_state_or_government for o in xi.offices_on("2010-01-01"))
    assert gaz.official_by_name("Qin Gang", on="2024-06-01") is None
    assert gaz.official_by_name("Wang Yi").name_zh == "王毅"
    on_day = {o.id for o, _ in gaz.officials_on("2018-06-21")}
    assert {"xi-jinping", "li-keqiang", "song-tao", "wang-yi", "li-zhanshu"} <= on_day
    assert "hu-jintao" not in on_day


# ----------------------------------------------------------------- partnership ladder
def test_ladder_order(gaz: Gazetteer) -> None:
    order = [lv.canonical for lv in gaz.partnership_levels]
    expected = ["friendly cooperative partnership", "cooperative partnership",
                "comprehensive cooperative partnership", "strategic partnership",
                "comprehensive strategic partnership", "all-weather strategic partnership"]
    assert [order.index(name) for name in expected] == sorted(order.index(name) for name in expected)


@pytest.mark.parametrize("text, canonical", [
    ("comprehensive strategic partnership", "comprehensive strategic partnership"),
    ("The two heads of state agreed to lift relations to a Comprehensive Strategic Partnership.",
     "comprehensive strategic partnership"),
    ("a strategic partnership", "strategic partnership"),
    ("全面战略伙伴关系", "comprehensive strategic partnership"),
    ("两国建立全天候战略伙伴关系", "all-weather strategic partnership"),
    ("asociación estratégica integral", "comprehensive strategic partnership"),
    ("friendly and cooperative relationship of mutual benefit and development",
     "friendly and cooperative relationship of mutual benefit and development"),
])
def test_partnership_level(gaz: Gazetteer, text: str, canonical: str) -> None:
    assert gaz.partnership_level(text).canonical == canonical


def test_partnership_level_absent(gaz: Gazetteer) -> None:
    assert gaz.partnership_level("The two sides held talks on trade.") is None


# ----------------------------------------------------------------- patterns on spaCy
def test_english_patterns_find_entities(en_nlp: spacy.Language) -> None:
    doc = en_nlp("Song Tao met a delegation of the Workers’ Party of Brazil (PT) and of the Partido "
                 "Socialista de Chile at the China–CELAC Forum in Havana, then flew to St. Vincent and the "
                 "Grenadines; both sides hailed the comprehensive strategic partnership. The FMLN and the "
                 "PCC sent letters.")
    found = ents(doc)
    assert ("CN_OFFICIAL", "Song Tao", "song-tao") in found
    assert ("LAC_PARTY", "Workers’ Party of Brazil", "pt-br") in found
    assert ("LAC_PARTY", "PT", "pt-br|pt-mx") in found
    assert ("LAC_PARTY", "Partido Socialista de Chile", "ps-cl") in found
    assert ("PLATFORM", "China–CELAC Forum", "china-celac-forum") in found
    assert ("LAC_COUNTRY", "Havana", "CUB") in found
    assert ("LAC_COUNTRY", "St. Vincent and the Grenadines", "VCT") in found
    level = "comprehensive strategic partnership"
    assert ("PARTNERSHIP_LEVEL", level, level.replace(" ", "-")) in found
    assert ("LAC_PARTY", "FMLN", "fmln-sv") in found


def test_english_patterns_avoid_false_hits(en_nlp: spacy.Language) -> None:
    doc = en_nlp("The pt of contact said a new era of new ideas needs a broad front. Papua New Guinea, "
                 "Colombo and New Mexico sent notes; the Communist Party of Spain and the Workers' Party "
                 "of Korea too. Panama City, Florida.")
    labels = {(label, text) for label, text, _ in ents(doc)}
    assert not any(label.startswith("LAC_") for label, _ in labels), labels
    assert ("LOOKALIKE", "Papua New Guinea") in labels
    assert ("LOOKALIKE", "Workers' Party of Korea") in labels


def test_english_patterns_dominica_vs_dominican_republic(en_nlp: spacy.Language) -> None:
    found = ents(en_nlp("Envoys of Dominica and of the Dominican Republic met."))
    assert [(label, eid) for label, _, eid in found] == [("LAC_COUNTRY", "DMA"), ("LAC_COUNTRY", "DOM")]


def test_chinese_patterns(zh_nlp: spacy.Language) -> None:
    doc = zh_nlp("宋涛会见古巴共产党代表团和尼加拉瓜桑地诺民族解放阵线代表团，"
                 "出席中国共产党与拉美和加勒比政党论坛，双方同意建立全面战略伙伴关系。"
                 "沿海地区与加勒比海地区发展迅速。萨尔瓦多·阿连德。海地总统致电。")
    found = ents(doc)
    assert ("CN_OFFICIAL", "宋涛", "song-tao") in found
    assert ("LAC_PARTY", "古巴共产党", "pcc-cu") in found
    assert ("LAC_PARTY", "尼加拉瓜桑地诺民族解放阵线", "fsln-ni") in found
    assert ("PLATFORM", "中国共产党与拉美和加勒比政党论坛", "china-lac-parties-forum") in found
    assert ("PARTNERSHIP_LEVEL", "全面战略伙伴关系", "comprehensive-strategic-partnership") in found
    haiti = [e for e in found if e[2] == "HTI"]
    assert haiti == [("LAC_COUNTRY", "海地", "HTI")]  # the president, not 沿海地区 / 加勒比海地区
    assert not any(e[2] == "SLV" for e in found)


def test_traditional_characters(gaz: Gazetteer, zh_nlp: spacy.Language) -> None:
    text = "習近平會見秘魯總統，雙方同意深化全面戰略夥伴關係。委內瑞拉統一社會主義黨代表團來訪。"
    assert len(to_simplified(text)) == len(text)
    assert to_simplified("秘魯") == "秘鲁"
    assert gaz.country_by_name("秘魯").canonical == "Peru"
    assert gaz.party_by_alias("古巴共產黨").id == "pcc-cu"
    found = {(label, eid) for label, _, eid in ents(zh_nlp(text))}
    assert {("CN_OFFICIAL", "xi-jinping"), ("LAC_COUNTRY", "PER"), ("LAC_PARTY", "psuv-ve"),
            ("PARTNERSHIP_LEVEL", "comprehensive-strategic-partnership")} <= found
    assert "全面戰略夥伴關係" in traditional_variants("全面战略伙伴关系")


def test_pattern_ids_resolve(gaz: Gazetteer) -> None:
    for lang in ("en", "zh"):
        for pattern in gaz.patterns(lang):
            assert gaz.candidates(pattern["id"]), pattern


def test_helpers() -> None:
    assert is_acronym("PCdoB") and is_acronym("MAS-IPSP") and is_acronym("PPP/C") and not is_acronym("Morena")
    assert is_generic("New Ideas") and is_generic("A New Era")
    assert not is_generic("Sandinista National Liberation Front")
    assert normalise("The  Workers’ Party ") == "workers' party"
    assert normalise("Pacto Histórico") == normalise("pacto historico")


# ----------------------------------------------------------------- version and validation
def test_version_changes_with_the_data(tmp_path: Path, gaz: Gazetteer) -> None:
    copy = tmp_path / "gaz"
    shutil.copytree(DATA_DIR, copy)
    assert Gazetteer(copy).version == gaz.version
    path = copy / "parties.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"][0]["note"] = "edited"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert Gazetteer(copy).version != gaz.version


def test_check_reports_broken_entries(tmp_path: Path) -> None:
    copy = tmp_path / "gaz"
    shutil.copytree(DATA_DIR, copy)
    path = copy / "parties.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"].append(dict(data["entries"][0]))  # duplicate id
    data["entries"].append({"id": "ghost-xx", "canonical": "Ghost Party", "country": "XXX", "leftist": False,
                            "family": "x", "merged_into": "nowhere"})
    data["entries"].append({"id": "bare-xx", "country": "CUB"})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    problems = check(Gazetteer(copy))
    text = "\n".join(problems)
    assert "duplicate id" in text
    assert "unknown country 'XXX'" in text
    assert "unknown successor 'nowhere'" in text
    assert "bare-xx" in text and "missing canonical" in text
    result = subprocess.run([sys.executable, "-m", "nlp.gazetteer", "--check", "--data-dir", str(copy)],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 1 and "PROBLEM" in result.stdout


def test_check_reports_a_broken_cue_file(tmp_path: Path) -> None:
    """cues.json is read only when extraction first needs a cue: the check must catch what would
    otherwise stop a run midway."""
    copy = tmp_path / "gaz"
    shutil.copytree(DATA_DIR, copy)
    path = copy / "cues.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    first = data["entries"][0]
    data["entries"] += [dict(first),
                        {"id": "broken_cue", "en": ["(unclosed"], "with": ["no_such_cue"]},
                        {"id": "bad_map", "en": ["Chair"], "zh_en": {"主席": "President"}}]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    text = "\n".join(check(Gazetteer(copy)))
    assert f"cue {first['id']}: duplicate id" in text
    assert "broken_cue: en fragment '(unclosed' does not compile" in text
    assert "'with' names no cue 'no_such_cue'" in text
    assert "bad_map: zh_en reads '主席' as 'President'" in text

    path.write_text(path.read_text(encoding="utf-8")[:-40], encoding="utf-8")  # cut short
    assert any("cues.json: cannot be read" in p for p in check(Gazetteer(copy)))


def test_check_cli_passes_on_shipped_data() -> None:
    result = subprocess.run([sys.executable, "-m", "nlp.gazetteer", "--check"], cwd=REPO, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# ----------------------------------------------------------------- against the human coding (when present)
@pytest.mark.skipif(not SHARED_DEV.is_dir(), reason="shared evaluation set not present")
def test_coded_values_are_in_the_gazetteer(gaz: Gazetteer) -> None:
    # Party names are compared as the reference scorer compares them (evaluate.norm: accents,
    # case, dashes and a bracketed qualifier do not count), so "Panamenista Party",
    # "Democratic Center" and "People's National Party (Jamaica)" are the gazetteer's
    # "Panameñista Party", "Democratic Center (Colombia)" and "People's National Party". A platform
    # is accepted too: coders write the São Paulo Forum in the party field of its executive
    # secretary, and the Forum is a platform of parties (platforms.json), not a party.
    parties = {norm(name) for p in gaz.parties for name in (p.canonical, p.wikipedia_title) if name}
    parties |= {norm(pl.canonical) for pl in gaz.platforms}
    countries = {c.canonical for c in gaz.countries} | {"multilateral"}
    for name in ("idcpc.jsonl", "mfa.jsonl"):
        for line in (SHARED_DEV / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("country"):
                assert record["country"] in countries, record["country"]
            for contact in record.get("contacts") or []:
                if contact.get("party"):
                    assert norm(contact["party"]) in parties, contact["party"]
            if record.get("partnership_level"):
                assert gaz.partnership_level(record["partnership_level"]) is not None


def test_every_name_is_found_as_the_gazetteer_spells_it():
    """A name a coder would copy from the gazetteer is found in text spelled exactly so (the
    usual casings alone missed "Frente para la Victoria", "Republic of El Salvador", and every
    platform with an acronym inside)."""
    from nlp.language import gazetteer_entities, pipeline

    gaz = Gazetteer.load()
    hidden = {normalise(n) for lk in gaz.lookalikes for n in lk.all_names()}
    missed = []
    for lang, frame in (("en", "Officials met with the {} in Beijing."), ("zh", "中方会见了{}代表。")):
        nlp = pipeline(lang)
        for entry in [*gaz.parties, *gaz.organisations, *gaz.platforms, *gaz.countries]:
            for name in set(entry.all_names(lang)):
                chinese = bool(re.search("[\u4e00-\u9fff]", name))
                if not name or normalise(name) in hidden or (lang == "zh") != chinese:
                    continue
                text = frame.format(name)
                ents = gazetteer_entities(nlp, nlp.make_doc(text), text).ents
                if not any(e.text == name and entry.id in (e.ent_id_ or "").split("|") for e in ents):
                    missed.append((lang, entry.id, name))
    assert missed == []


def _entity_ids(text: str) -> list[str]:
    """Ids of the LAC parties and organisations the English pipeline finds in ``text``."""
    from nlp.language import gazetteer_entities, pipeline

    nlp = pipeline("en")
    ents = gazetteer_entities(nlp, nlp.make_doc(text), text).ents
    return [i for e in ents if e.label_ in ("LAC_PARTY", "LAC_ORG") for i in e.ent_id_.split("|")]


@pytest.mark.parametrize("written, party_id", [
    # British and American spellings of its words are one party
    ("the Dominica Labor Party", "dlp-dm"),
    ("the Jamaica Labor Party", "jlp-jm"),
    ("the Barbados Labour Party", "blp-bb"),
    # "<X> of <Country>" named by the country's possessive or demonym
    ("Chile's Socialist Party", "ps-cl"),
    ("the Chilean Socialist Party", "ps-cl"),
    ("Suriname's National Democratic Party", "ndp-sr"),
    ("the Puerto Rican Independence Party", "pip-pr"),
    ("Cuba's Revolutionary Armed Forces", "far-cu"),
])
def test_a_name_is_found_in_the_spellings_agency_copies_use(written, party_id):
    assert party_id in _entity_ids(f"A delegation of {written} arrived in Beijing.")


def test_traditional_copies_read_back_as_the_simplified_text():
    from nlp.gazetteer import to_traditional

    text = "中共中央对外联络部部长刘建超会见巴西劳工党代表团，双方就两党关系交换意见。"
    printed = to_traditional(text)
    assert printed != text and len(printed) == len(text) and to_simplified(printed) == text
