"""Caribbean and Central American parties whose names repeat abroad (session 7, campaign Q).

Self-written releases in the sites' style; party, country and official names are facts."""

from __future__ import annotations

from nlp_helpers import idcpc, parties

NDC_GD = "National Democratic Congress (Grenada)"
PPP_GY = "People's Progressive Party/Civic"


def test_ghana_ndc_named_by_acronym_of_ghana_is_not_grenadas() -> None:
    """'the National Democratic Congress (NDC) of Ghana': the foreign country named on the page and
    Grenada nowhere, the NDC (full name and acronym) is Ghana's party; the page is not relevant."""
    rec = idcpc("On May 10, Liu Jianchao, head of the IDCPC, met with a delegation of the National "
                "Democratic Congress (NDC) of Ghana led by its General Secretary.",
                title="Liu Jianchao Meets NDC Delegation of Ghana")
    assert NDC_GD not in parties(rec)
    assert rec.relevant is False


def test_bare_ndc_on_a_page_about_ghana_is_not_grenadas() -> None:
    """The party's name bare, the page places it only by 'China-Ghana friendship'."""
    rec = idcpc("On May 10, Chen Zhou, Assistant Minister of the IDCPC, met with a delegation of the "
                "National Democratic Congress led by its National Chairman Johnson Asiedu Nketia. Both "
                "sides agreed to deepen China-Ghana friendship.", title="Chen Zhou Meets NDC Delegation")
    assert NDC_GD not in parties(rec)
    assert rec.relevant is False


def test_malaysian_ppp_is_not_guyanas() -> None:
    rec = idcpc("On May 10, Liu Jianchao, head of the IDCPC, met with a delegation of the People's "
                "Progressive Party of Malaysia.", title="Liu Jianchao Meets Malaysian PPP Delegation")
    assert PPP_GY not in parties(rec)
    assert rec.relevant is False


def test_grenada_named_keeps_its_ndc_even_when_ghana_is_named_too() -> None:
    """Does not over-fire: the LAC party's own country on the page keeps the LAC reading."""
    rec = idcpc("On June 27, Liu Jianchao, head of the IDCPC, met with Dickon Mitchell, Political Leader "
                "of the National Democratic Congress (NDC) and Prime Minister of Grenada. Liu recalled "
                "his visits to Ghana and the Caribbean.",
                title="Liu Jianchao Meets Political Leader of NDC of Grenada", published="2023-06-28")
    assert rec.relevant is True
    assert rec.country == "Grenada"
    assert parties(rec) == {NDC_GD}


def test_guyana_ppp_unaffected_by_an_unrelated_foreign_country() -> None:
    """Does not over-fire: a foreign country with no namesake of the party changes nothing."""
    rec = idcpc("Beijing, Aug. 8th--Liu Jianchao, head of the IDCPC, met here with a delegation of the "
                "People's Progressive Party/Civic. Liu said the CPC, which also works with parties of "
                "Ghana, values the PPP/C.", title="Liu Jianchao Meets PPP/C Delegation",
                published="2023-08-08")
    assert parties(rec) == {PPP_GY}


def test_chinese_ghana_ndc_and_grenada_ndc() -> None:
    ghana = idcpc("5月10日，中联部部长刘建超在京会见加纳全国民主大会党总书记。",
                  title="刘建超会见加纳全国民主大会党总书记", lang="zh")
    assert ghana.relevant is False
    grenada = idcpc("6月27日，中联部部长刘建超在京会见格林纳达全国民主大会党领袖、总理米切尔。",
                    title="刘建超会见格林纳达全国民主大会党领袖", lang="zh", published="2023-06-27")
    assert grenada.country == "Grenada"
    assert parties(grenada) == {NDC_GD}


SLP = "Saint Lucia Labour Party"
DLP = "Dominica Labour Party"


def test_labour_party_in_a_chain_of_offices_after_the_country() -> None:
    """'Prime Minister of Saint Lucia and Political Leader of the Labour Party': one person's titles, the
    country written once qualifies the bare party name of the chain."""
    rec = idcpc("Castries, Sept. 18th--Liu Jianchao, head of the IDCPC, met with Philip J. Pierre, Prime "
                "Minister of Saint Lucia and Political Leader of the Labour Party, on Monday.",
                title="Liu Jianchao Meets Prime Minister of Saint Lucia", published="2023-09-19")
    assert parties(rec) == {SLP}


def test_labour_party_in_a_chain_with_ruling() -> None:
    rec = idcpc("On May 9, Liu Jianchao, head of the IDCPC, met with Ernest Hilaire, Deputy Prime Minister "
                "of Saint Lucia and Deputy Political Leader of the ruling Labour Party.",
                title="Liu Jianchao Meets Saint Lucian Deputy Prime Minister", published="2023-05-10")
    assert parties(rec) == {SLP}


def test_labour_party_in_a_chain_before_the_country() -> None:
    rec = idcpc("On May 9, Liu Jianchao, head of the IDCPC, met with Roosevelt Skerrit, Political Leader "
                "of the Labour Party and Prime Minister of Dominica, in Beijing.",
                title="Liu Jianchao Meets Roosevelt Skerrit", published="2023-05-10")
    assert parties(rec) == {DLP}
    assert rec.country == "Dominica"


def test_labour_party_outside_the_chain_stays_unread() -> None:
    """Does not over-fire: Britain's Labour Party on a page about Saint Lucia, not in a chain of
    offices with the country, is no LAC party."""
    rec = idcpc("On May 9, Liu Jianchao, head of the IDCPC, met with Philip J. Pierre, Prime Minister of "
                "Saint Lucia. Liu had earlier met leaders of the Labour Party in London.",
                title="Liu Jianchao Meets Prime Minister of Saint Lucia", published="2023-05-10")
    assert SLP not in parties(rec)


PRD_PA = "Democratic Revolutionary Party"


def test_shared_acronym_read_by_the_country_inside_an_organisations_name() -> None:
    """'Secretary General of the PRD and President of the National Assembly of Panama': the page
    names Panama only inside its legislature's name; that is still the page's country, and it reads
    the PRD (Mexico, Panama, the Dominican Republic) as Panama's."""
    rec = idcpc("On March 1, Sun Haiyan, Vice Minister of the IDCPC, met with Benicio Robinson, Secretary "
                "General of the PRD and President of the National Assembly of Panama.",
                title="Sun Haiyan Meets President of Panama's National Assembly", published="2023-03-02")
    assert parties(rec) == {PRD_PA}
    assert rec.country == "Panama"


def test_shared_acronym_by_organisation_country_in_the_title_only() -> None:
    rec = idcpc("On March 1, Sun Haiyan, Vice Minister of the IDCPC, met with Benicio Robinson, Secretary "
                "General of the PRD, in Beijing.",
                title="Sun Haiyan Meets President of the National Assembly of Panama", published="2023-03-02")
    assert parties(rec) == {PRD_PA}


def test_shared_acronym_without_any_country_stays_unread() -> None:
    """Does not over-fire: with no country anywhere, the PRD stays unresolved."""
    rec = idcpc("On March 1, Sun Haiyan, Vice Minister of the IDCPC, met with the Secretary General of the "
                "PRD in Beijing.", title="Sun Haiyan Meets PRD Secretary General", published="2023-03-02")
    assert PRD_PA not in parties(rec)


def test_labour_party_after_its_countrys_possessive_and_role() -> None:
    """"Saint Lucia's ruling Labour Party": the possessive qualifies the bare name after it, a role
    word between them or not."""
    rec = idcpc(" date 2023-05-10\nBeijing, May 9th--Liu Jianchao, head of the IDCPC, met here on Tuesday "
                "with a delegation of Saint Lucia's ruling Labour Party led by its chairman.\nEditor: Xu\n",
                title="CPC official meets Saint Lucian party delegation", published="2023-05-10")
    assert parties(rec) == {SLP}


def test_labour_party_after_a_demonym_and_role() -> None:
    rec = idcpc("On May 9, Liu Jianchao, head of the IDCPC, met with a delegation of the Barbadian governing "
                "Labour Party led by its General Secretary. Both sides praised China-Barbados ties.",
                title="Liu Jianchao Meets Delegation from Barbados", published="2023-05-10")
    assert parties(rec) == {"Barbados Labour Party"}


def test_foreign_possessive_labour_party_is_no_lac_party() -> None:
    """Does not over-fire: Britain's Labour Party on a page about Saint Lucia."""
    rec = idcpc("On May 9, Liu Jianchao, head of the IDCPC, met with Philip J. Pierre, Prime Minister of "
                "Saint Lucia, who recalled his talks with Britain's ruling Labour Party.",
                title="Liu Jianchao Meets Prime Minister of Saint Lucia", published="2023-05-10")
    assert SLP not in parties(rec)


def test_chinese_labour_party_as_a_title_in_a_chain_under_its_country() -> None:
    """圣卢西亚总理、工党领袖皮埃尔: 工党 as a title of one person's chain is the party of the country
    that opens it."""
    for text, country, party in (
            ("9月18日，中联部部长刘建超在卡斯特里会见圣卢西亚总理、工党领袖皮埃尔。", "Saint Lucia", SLP),
            ("5月9日，中联部部长刘建超在京会见多米尼克总理、工党领袖斯凯里特。", "Dominica", DLP),
            ("5月9日，中联部部长刘建超在京会见巴巴多斯总理、工党领袖莫特利。", "Barbados",
             "Barbados Labour Party")):
        rec = idcpc(text, title="刘建超会见加勒比国家总理", lang="zh", published="2023-05-09")
        assert rec.country == country
        assert parties(rec) == {party}


def test_chinese_labour_party_of_a_country_outside_lac_is_no_lac_party() -> None:
    """Does not over-fire: 新西兰总理、工党领袖 is New Zealand's Labour Party."""
    rec = idcpc("5月9日，中联部部长刘建超在京会见新西兰总理、工党领袖希普金斯。",
                title="刘建超会见新西兰总理", lang="zh", published="2023-05-09")
    assert not parties(rec)
    assert rec.relevant is False
