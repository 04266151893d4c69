"""Name forms of LAC platforms and parties as languages and copies write them: English word order of
a platform named after a city ("the Forum of São Paulo"), long acronyms in Title case ("Caricom"),
Chinese 拉丁美洲 for 拉美 and 及 for 和, a party name opening with its country written with the
country's other name or demonym ("the Jamaican Labour Party"), possessives of names ending in s
("Honduras' National Party"), Chinese quotation marks around a movement's name
(厄瓜多尔“公民革命”运动), Spanish country names with or without their article ("Partido Comunista
de Ecuador"). Each case is a self-written release whose only difficulty is the name; the negative
cases are look-alikes and ordinary words that must stay what they are."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

from nlp.gazetteer import PLATFORM
from nlp.language import pipeline

AGENCY = "http://en.example-agency.cn/n3/2019/0510/c90000-1.html"


def _en(guest: str, title: str, tail: str = "") -> str:
    return (f"Beijing, May 10th -- Song Tao, head of the IDCPC, met in Beijing on May 9 with {guest}.\n"
            f"Song said the CPC is willing to deepen exchanges with the guests. {tail}").strip()


def _zh(guest: str, tail: str = "") -> str:
    return f"5月9日，中联部部长宋涛在京会见{guest}。\n宋涛表示，中方愿同对方加强交流互鉴。{tail}"


# ---------------------------------------------------------------- platforms: English word order

@pytest.mark.parametrize("guest, title", [
    ("a delegation of the Forum of São Paulo led by its Executive Secretary Monica Valente",
     "Song Tao Meets Delegation of the Forum of São Paulo"),
    ("a delegation of the Forum of Sao Paulo led by its Executive Secretary Monica Valente",
     "Song Tao Meets Forum of Sao Paulo Delegation"),
    ("a delegation of the Group of Puebla led by its coordinator Marco Enríquez-Ominami",
     "Song Tao Meets Delegation of the Group of Puebla"),
])
def test_a_platform_named_after_its_city_is_found_with_its_head_noun_first(guest, title):
    """"São Paulo Forum" is also "the Forum of São Paulo" (Foro de São Paulo), "Puebla Group" "the
    Group of Puebla": a regional platform, so the exchange is multilateral and regional."""
    record = idcpc(_en(guest, title), title=title)
    assert record.country == "multilateral"
    assert "regional" in record.mechanism


def test_a_forum_of_some_other_place_is_no_platform():
    text = _en("a delegation of Cuba's Communist Party", "Song Tao Meets Cuban Delegation",
               "The guests will attend the Forum of Political Parties of Asia in Beijing.")
    record = idcpc(text, title="Song Tao Meets Cuban Delegation")
    assert record.country == "Cuba"
    assert parties(record) == {"Communist Party of Cuba"}


# ---------------------------------------------------------------- platforms: acronyms in Title case

@pytest.mark.parametrize("guest, title", [
    ("a delegation of the Caricom Secretariat led by its deputy secretary-general",
     "Senior CPC official meets Caricom delegation"),
    ("the ambassadors of Celac member states accredited to China", "Senior CPC official meets Celac envoys"),
    ("a delegation of the Unasur secretariat", "Senior CPC official meets Unasur delegation"),
])
def test_a_long_acronym_of_a_regional_body_written_in_title_case_is_the_body(guest, title):
    """Agency English writes an acronym said as a word in Title case: Caricom, Celac, Unasur."""
    record = idcpc(f" date 2019-05-10\nHome | China | World\n{_en(guest, title)}", title=title, url=AGENCY)
    assert record.country == "multilateral"
    assert "regional" in record.mechanism


def test_title_case_is_not_given_to_short_acronyms_that_are_names():
    """ALBA stays in capitals: "Alba" is a given name."""
    text = _en("a delegation of Cuba's Communist Party led by Alba Soto", "Song Tao Meets Cuban Delegation")
    record = idcpc(text, title="Song Tao Meets Cuban Delegation")
    assert record.country == "Cuba"
    assert record.mechanism == ["bilateral", "leftist"]


# ---------------------------------------------------------------- platforms: Chinese region names

@pytest.mark.parametrize("written, platform", [
    ("拉丁美洲和加勒比政党常设大会", "copppal"),
    ("拉美及加勒比政党常设大会", "copppal"),
    ("拉丁美洲及加勒比政黨常設大會", "copppal"),
    ("拉丁美洲和加勒比国家共同体", "celac"),
    ("拉美和加勒比议会", "parlatino"),
])
def test_a_chinese_platform_name_with_the_region_in_full_or_with_ji_is_the_platform(written, platform):
    """拉美 is 拉丁美洲 cut short, and 拉美和加勒比 is also written with 及 (simplified or traditional)."""
    doc = pipeline("zh")(f"中联部部长宋涛在京会见{written}代表团。")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents if e.label_ == PLATFORM] == [
        (written, PLATFORM, platform)]


def test_a_chinese_page_naming_copppal_in_full_is_multilateral_with_its_president_a_party_contact():
    record = idcpc(_zh("拉丁美洲和加勒比政党常设大会主席卡瓦哈尔"), title="宋涛会见外宾", lang="zh")
    assert record.country == "multilateral"
    assert "regional" in record.mechanism
    # (the body itself is a counterpart too, of its kind: session 10B)
    assert [(c.name, c.kind) for c in record.contacts] == [("卡瓦哈尔", "party"),
                                                           ("拉丁美洲和加勒比政党常设大会", "party")]


def test_the_region_named_in_prose_is_no_platform():
    text = _zh("古巴共产党代表团", "双方认为，拉丁美洲形势总体稳定。")
    record = idcpc(text, title="宋涛会见古巴共产党代表团", lang="zh")
    assert record.country == "Cuba"
    assert parties(record) == {"Communist Party of Cuba"}


# ---------------------------------------------------------------- parties opening with their country

@pytest.mark.parametrize("guest, party", [
    ("a delegation of the Jamaican Labour Party led by its general secretary", "Jamaica Labour Party"),
    ("a delegation of the Antiguan Labour Party", "Antigua and Barbuda Labour Party"),
    ("a delegation of the Antigua & Barbuda Labour Party", "Antigua and Barbuda Labour Party"),
    ("Denzil Douglas, leader of the Saint Kitts-Nevis Labour Party", "Saint Kitts and Nevis Labour Party"),
    ("a delegation of the St. Kitts–Nevis Labour Party", "Saint Kitts and Nevis Labour Party"),
    ("a delegation of the St Lucian Labour Party", "Saint Lucia Labour Party"),
])
def test_a_party_name_opening_with_its_country_takes_the_countrys_other_names(guest, party):
    """"Jamaica Labour Party" is also written with the demonym, "Antigua and Barbuda" with "&",
    "Saint Kitts and Nevis" as "St Kitts-Nevis", "Saint" as "St." or "St"."""
    title = "Senior CPC official meets Caribbean party delegation"
    record = idcpc(f" date 2019-05-10\nHome | China | World\n{_en(guest, title)}", title=title, url=AGENCY)
    assert parties(record) == {party}
    assert record.exchange_type == "bilateral"


def test_another_countrys_labour_party_is_not_the_caribbean_one():
    text = _en("a delegation of Jamaica's People's National Party", "Song Tao Meets Jamaican Delegation",
               "The delegation had earlier visited the British Labour Party in London.")
    assert parties(idcpc(text, title="Song Tao Meets Jamaican Delegation")) == {"People's National Party"}


@pytest.mark.parametrize("guest, party", [
    ("Verla De Peiza, President of the Democratic Labour Party of Barbados",
     "Democratic Labour Party (Barbados)"),
    ("Mia Mottley, leader of the Barbados Labour Party", "Barbados Labour Party"),
    ("Mia Mottley, leader of the Labour Party of Barbados", "Barbados Labour Party"),
])
def test_the_democratic_labour_party_of_barbados_is_not_read_as_the_labour_party_of_barbados(guest, party):
    """"Labour Party of Barbados" (the Barbados Labour Party) is inside "Democratic Labour Party of
    Barbados": the longer name must be a name of its own."""
    assert parties(idcpc(_en(guest, "Song Tao Meets Barbadian Party Leader"),
                         title="Song Tao Meets Barbadian Party Leader")) == {party}


@pytest.mark.parametrize("guest, party", [
    ("a delegation of Honduras' National Party", "National Party of Honduras"),
    ("a delegation of Barbados' Democratic Labour Party", "Democratic Labour Party (Barbados)"),
    ("a delegation of Honduras's National Party", "National Party of Honduras"),
])
def test_the_possessive_of_a_country_ending_in_s_is_written_with_an_apostrophe_alone(guest, party):
    assert parties(idcpc(_en(guest, "Song Tao Meets Party Delegation"),
                         title="Song Tao Meets Party Delegation")) == {party}


# ---------------------------------------------------------------- Chinese quotation marks

@pytest.mark.parametrize("guest, party", [
    ("厄瓜多尔“公民革命”运动代表团", "Citizen Revolution Movement"),
    ("委内瑞拉“我们是委内瑞拉”运动代表团", "Somos Venezuela"),
    ("墨西哥“国家复兴运动”党主席", "National Regeneration Movement"),
])
def test_a_chinese_party_name_quoted_before_its_head_word_is_the_party(guest, party):
    record = idcpc(_zh(guest), title="宋涛会见拉美客人", lang="zh")
    assert parties(record) == {party}


def test_a_quoted_phrase_of_another_countrys_party_is_not_a_lac_party():
    record = idcpc(_zh("西班牙“我们能”党代表团"), title="宋涛会见西班牙客人", lang="zh")
    assert parties(record) == set()
    assert record.relevant is False


# ---------------------------------------------------------------- Spanish article of a country's name

@pytest.mark.parametrize("guest, party", [
    ("a delegation of the Partido Comunista de Ecuador", "Communist Party of Ecuador"),
    ("a delegation of the Partido Comunista del Uruguay", "Communist Party of Uruguay"),
    ("a delegation of the Partido Comunista de Argentina", "Communist Party of Argentina"),
    ("a delegation of the Partido Socialista de Uruguay", "Socialist Party of Uruguay"),
])
def test_a_spanish_party_name_is_found_with_or_without_the_countrys_article(guest, party):
    assert parties(idcpc(_en(guest, "Song Tao Meets Party Delegation"),
                         title="Song Tao Meets Party Delegation")) == {party}


def test_the_communist_party_of_spain_is_not_ecuadors():
    text = _en("a delegation of the Partido Comunista de España (PCE)", "Song Tao Meets PCE Delegation")
    record = idcpc(text, title="Song Tao Meets PCE Delegation")
    assert parties(record) == set()
    assert record.relevant is False


# ---------------------------------------------------------------- PSUV's short English names

@pytest.mark.parametrize("guest", [
    "a delegation of the ruling Venezuelan Socialist Party led by Diosdado Cabello",
    "a delegation of the Socialist Party of Venezuela led by Diosdado Cabello",
    "a delegation of Venezuela's Socialist Party led by Diosdado Cabello",
])
def test_venezuelas_socialist_party_is_the_psuv(guest):
    title = "Song Tao Meets Venezuelan Delegation"
    record = idcpc(_en(guest, title), title=title)
    assert parties(record) == {"United Socialist Party of Venezuela"}


def test_another_countrys_socialist_party_on_a_venezuelan_page_is_not_the_psuv():
    text = _en("Venezuelan Ambassador Tatiana Pugh", "Song Tao Meets Venezuelan Ambassador",
               "Pugh said she had met the French Socialist Party in Paris.")
    assert parties(idcpc(text, title="Song Tao Meets Venezuelan Ambassador")) == set()


# ---------------------------------------------------------------- Spanish: the country or its adjective

@pytest.mark.parametrize("guest, party", [
    ("a delegation of the Partido Comunista de Colombia", "Colombian Communist Party"),
    ("a delegation of the Partido Comunista de Mexico", "Mexican Communist Party"),
    ("a delegation of the Partido Comunista de Paraguay", "Paraguayan Communist Party"),
    ("a delegation of the Partido Socialista de Ecuador", "Ecuadorian Socialist Party"),
    ("a delegation of the Partido Comunista Cubano", "Communist Party of Cuba"),
])
def test_a_spanish_party_name_is_found_with_the_countrys_name_or_its_adjective(guest, party):
    """Partido Comunista Colombiano is also "Partido Comunista de Colombia", the Partido Comunista de
    Cuba "Partido Comunista Cubano"."""
    assert parties(idcpc(_en(guest, "Song Tao Meets Party Delegation"),
                         title="Song Tao Meets Party Delegation")) == {party}


def test_no_adjective_form_where_two_parties_of_the_country_share_the_name():
    """Peru's Partido Comunista Peruano and Partido Comunista del Perú – Patria Roja are two parties:
    "Partido Comunista del Peru" is not made the first one's name by the adjective rule."""
    text = _en("a delegation of the Partido Comunista del Peru", "Song Tao Meets Peruvian Delegation")
    assert "Peruvian Communist Party" not in parties(idcpc(text, title="Song Tao Meets Peruvian Delegation"))


# ---------------------------------------------------------------- a plural possessive's apostrophe

@pytest.mark.parametrize("guest, title, party", [
    ("a delegation of the United Workers Party of Dominica", "Song Tao Meets Delegation from Dominica",
     "United Workers' Party (Dominica)"),
    ("a delegation of the United Workers' Party of Saint Lucia", "Song Tao Meets Saint Lucian Delegation",
     "United Workers Party (Saint Lucia)"),
    ("a delegation of Costa Rica's Citizens Action Party", "Song Tao Meets Costa Rican Delegation",
     "Citizens' Action Party"),
])
def test_a_plural_possessive_is_written_with_or_without_its_apostrophe(guest, title, party):
    """Dominica's United Workers' Party and Saint Lucia's United Workers Party differ only by the
    apostrophe, which copies drop or add: the page's country decides."""
    assert parties(idcpc(_en(guest, title), title=title)) == {party}


# ---------------------------------------------------------------- Chinese: a hyphen for the interpunct

@pytest.mark.parametrize("written", [
    "萨尔瓦多法拉本多-马蒂民族解放阵线",
    "萨尔瓦多法拉本多－马蒂民族解放阵线",
])
def test_a_transliterated_chinese_name_joined_by_a_hyphen_is_the_party(written):
    record = idcpc(_zh(f"{written}代表团"), title="宋涛会见萨尔瓦多客人", lang="zh")
    assert parties(record) == {"Farabundo Martí National Liberation Front"}


# ---------------------------------------------------------------- Chinese: "country + 共" short forms

@pytest.mark.parametrize("lead, title, said, party", [
    ("巴西民主运动党代表团", "宋涛会见巴西民主运动党代表团", "中国和巴西共同推动两国关系发展",
     "Brazilian Democratic Movement"),
    ("墨西哥革命制度党代表团", "宋涛会见墨西哥革命制度党代表团", "中墨共建一带一路前景广阔",
     "Institutional Revolutionary Party"),
])
def test_a_word_beginning_with_gong_after_a_country_is_no_communist_party(lead, title, said, party):
    """墨共 and 巴西共 are short for the Communist Parties of Mexico and Brazil, but 中墨共建 and
    中国和巴西共同 are the country and a word that begins with 共: no communist party takes part, and
    the exchange is not leftist."""
    record = idcpc(_zh(lead, f"双方表示，{said}。"), title=title, lang="zh")
    assert parties(record) == {party}
    assert record.mechanism == ["bilateral"]


def test_china_and_cuba_sharing_a_consensus_is_no_cuban_party():
    text = "5月9日，中联部部长宋涛在京会见古巴驻华大使。\n宋涛表示，中古共识不断扩大，中古共享发展机遇。"
    record = idcpc(text, title="宋涛会见古巴驻华大使", lang="zh")
    assert record.country == "Cuba"
    assert parties(record) == set()


@pytest.mark.parametrize("lead, party", [
    ("古共中央政治局委员、国际关系部部长巴拉格尔", "Communist Party of Cuba"),
    ("智共主席泰列尔", "Communist Party of Chile"),
])
def test_the_short_form_followed_by_other_words_is_still_the_party(lead, party):
    assert parties(idcpc(_zh(lead), title="宋涛会见拉美客人", lang="zh")) == {party}
