"""Session 7, campaign P: head-of-state exchanges as LAC governments and media publish them in
English (presidency releases, Caribbean papers), with the LAC principal as the subject."""
from nlp_helpers import mfa


def test_commonwealth_honorific_between_office_and_name_is_the_head() -> None:
    """'Prime Minister the Most Hon. Andrew Holness', 'Prime Minister Dr Keith Rowley': the style
    stands between office and name; the head is the counterpart, so both principals are heads."""
    r = mfa("KINGSTON, Jamaica, 13 March 2023 (JIS):\nPrime Minister the Most Hon. Andrew Holness has sent a "
            "message of congratulations to Li Qiang on his election as Premier of the State Council of the "
            "People's Republic of China.\n", title="PM Holness congratulates new Chinese Premier",
            published="2023-03-13")
    assert r.relevant and r.country == "Jamaica" and r.event_type == "message"
    assert r.head_of_state_level is True
    r = mfa("PORT OF SPAIN, Trinidad - Prime Minister Dr Keith Rowley held talks with Chinese Premier "
            "Li Qiang in Beijing on Tuesday. The two leaders discussed energy and trade.\n",
            title="Rowley holds talks with Chinese Premier", published="2023-06-28")
    assert r.country == "Trinidad and Tobago" and r.head_of_state_level is True


def test_given_name_the_table_leaves_out_and_spanish_title() -> None:
    """'President Chandrikapersad Santokhi' (the table's Chan Santokhi) and 'Presidente Luis Arce'
    (a Spanish title kept in an English release) name the head in office."""
    r = mfa("PARAMARIBO, 29 November 2023\nPresident Chandrikapersad Santokhi held talks with President Xi "
            "Jinping in Beijing on Wednesday during his state visit to China.\n",
            title="President Santokhi holds talks with President Xi", published="2023-11-29")
    assert r.country == "Suriname" and r.event_type == "talks" and r.head_of_state_level is True
    r = mfa("La Paz, Bolivia\nPresidente Luis Arce held talks with President Xi Jinping in Beijing "
            "on 25 October. The two heads of state signed agreements on trade and lithium.\n",
            title="Presidente Arce sostuvo reunión con el Presidente Xi Jinping", published="2023-10-26")
    assert r.country == "Bolivia" and r.head_of_state_level is True
    assert r.counterpart is not None and "Arce" in r.counterpart


def test_honorific_before_a_minister_is_no_head() -> None:
    """The style alone makes no head: 'Foreign Minister Dr Amery Browne' met a Chinese minister."""
    r = mfa("PORT OF SPAIN - Trinidad and Tobago Foreign Minister Dr Amery Browne held talks with "
            "Chinese Foreign Minister Wang Yi in Beijing on Tuesday.\n",
            title="Browne holds talks with Wang Yi",
            published="2023-06-28")
    assert r.country == "Trinidad and Tobago" and r.head_of_state_level is False


def test_bare_office_holder_under_a_lac_capital_dateline_is_that_countrys() -> None:
    """A government's release or a dispatch from its capital names its own officials by bare
    office: 'Brasília, 20 January 2025 / Foreign Minister Mauro Vieira begins an official visit to
    China' is Brazil's exchange, as are 'Canciller Álvaro Leyva' under Bogotá and 'The Executive
    Vice President Delcy Rodríguez' under Caracas."""
    r = mfa("Brasília, 20 January 2025\nForeign Minister Mauro Vieira begins an official visit to China "
            "this Monday, where he will meet Foreign Minister Wang Yi.\n",
            title="Minister Mauro Vieira begins official visit to China", published="2025-01-20")
    assert r.relevant and r.country == "Brazil" and r.event_type == "official_visit"
    r = mfa("Bogotá, 8 de mayo 2023\nCanciller Álvaro Leyva met with the Minister of Foreign Affairs of "
            "China, Wang Yi, in Beijing on Monday. The two ministers reviewed the bilateral agenda.\n",
            title="Canciller Leyva se reunió con el Ministro Wang Yi", published="2023-05-08")
    assert r.relevant and r.country == "Colombia" and r.event_type == "meeting"
    r = mfa("Caracas, 20 August 2024 (VTV)\nThe Executive Vice President Delcy Rodríguez met with Chinese "
            "Foreign Minister Wang Yi in Beijing on Monday.\n",
            title="Delcy Rodríguez meets Wang Yi in Beijing", published="2024-08-20")
    assert r.relevant and r.country == "Venezuela" and r.event_date == "2024-08-19"
    assert r.head_of_state_level is False
    r = mfa("Kingston, 22 February 2024\nForeign Minister Kamina Johnson Smith met with Chinese Vice "
            "Foreign Minister Ma Zhaoxu on Wednesday at the Ministry's offices.\n",
            title="Foreign Minister Johnson Smith meets Chinese Vice Foreign Minister",
            published="2024-02-22")
    assert r.relevant and r.country == "Jamaica" and r.event_date == "2024-02-21"


def test_office_holder_of_another_country_under_a_lac_dateline_is_no_actor() -> None:
    """The rule reads only a bare office: 'Spanish Foreign Minister …' or a Chinese official first
    under a LAC capital's dateline is no LAC actor, the capital only the place."""
    r = mfa("Brasília, 20 January 2025\nSpanish Foreign Minister José Manuel Albares met with Chinese "
            "Foreign Minister Wang Yi on Monday.\n", title="Albares meets Wang Yi", published="2025-01-20")
    assert not r.relevant
    r = mfa("Havana, 5 March 2024\nChinese Foreign Minister Wang Yi held talks with Foreign Minister Sergei "
            "Lavrov of Russia on Monday.\n", title="Wang Yi holds talks with Lavrov", published="2024-03-05")
    assert not r.relevant
    r = mfa("Havana, 5 March 2024\nForeign Minister Sergei Lavrov of Russia held talks with Chinese Foreign "
            "Minister Wang Yi on Monday.\n", title="Lavrov holds talks with Wang Yi", published="2024-03-05")
    assert not r.relevant


def test_fronted_weekday_before_will_lies_ahead() -> None:
    """'On Friday he will be received by President Xi' is the coming Friday, not the last one: a
    visit page that says the president 'arrived on Wednesday night' is dated that Wednesday."""
    r = mfa("SHANGHAI, April 12 (Agencia Brasil) - President Luiz Inácio Lula da Silva arrived in Shanghai "
            "on Wednesday night to begin a state visit to China. On Friday he will be received by President "
            "Xi Jinping in Beijing.\n", title="Lula arrives in China for state visit", published="2023-04-12")
    assert r.event_type == "state_visit" and r.event_date == "2023-04-12"
    r = mfa("Beijing, June 10 -- President Xiomara Castro arrived in Beijing on Saturday for a state visit. "
            "On Monday, the two presidents will hold talks at the Great Hall of the People.\n",
            title="Honduran president arrives in Beijing", published="2023-06-10")
    assert r.event_date == "2023-06-10"


def test_weekday_after_a_clause_keeps_counting_back() -> None:
    """Only a weekday that opens its clause reads ahead: 'met on Tuesday, and the two will sign …'
    is the last Tuesday, and so is 'On Tuesday the minister said he will …'."""
    r = mfa("Lima, 14 November 2024 -- President Dina Boluarte met with Chinese Foreign Minister Wang Yi "
            "on Tuesday, and the two governments will sign agreements next week.\n",
            title="President Boluarte meets Wang Yi", published="2024-11-14")
    assert r.event_date == "2024-11-12"


def test_head_met_on_the_sidelines_of_a_regional_forum_is_his_country() -> None:
    """A page naming no LAC country, only a head in office met at a China-CELAC meeting, reports
    that head's country's exchange; the forum is the occasion (meeting_on_sidelines)."""
    r = mfa("Beijing, 13 May 2025\nPresident Lula met with President Xi Jinping on Tuesday, on the sidelines "
            "of the Fourth Ministerial Meeting of the China-CELAC Forum.\n",
            title="Lula meets Xi on the sidelines of the China-CELAC Forum", published="2025-05-13")
    assert r.country == "Brazil" and r.event_type == "meeting_on_sidelines"
    assert r.head_of_state_level is True
    r = mfa("Beijing, 13 May 2025\nPresident Petro held a bilateral meeting with President Xi Jinping during "
            "the Fourth Ministerial Meeting of the China-CELAC Forum.\n",
            title="Petro and Xi meet during China-CELAC Forum", published="2025-05-13")
    assert r.country == "Colombia"


def test_forum_itself_stays_multilateral() -> None:
    """The forum with no one country's head named is the regional platform's page."""
    r = mfa("Beijing, 14 May 2025 (Prensa Latina) Leaders of CELAC member states and Chinese President Xi "
            "Jinping attended the opening ceremony of the Fourth Ministerial Meeting of the China-CELAC "
            "Forum on Tuesday.\n", title="Xi Jinping addresses China-CELAC Forum", published="2025-05-14")
    assert r.relevant and r.country == "multilateral"


def test_secretary_of_a_ministry_under_a_lac_dateline() -> None:
    """Mexico names its ministers Secretaries ('Secretary of Foreign Affairs Alicia Bárcena'): the
    bare office under a Mexico City dateline is Mexico's."""
    r = mfa("Mexico City, 3 June 2024\nSecretary of Foreign Affairs Alicia Bárcena held a telephone "
            "conversation with Chinese Foreign Minister Wang Yi on Monday.\n",
            title="Bárcena speaks with Wang Yi", published="2024-06-03")
    assert r.relevant and r.country == "Mexico" and r.event_type == "phone_call"
    r = mfa("Havana, 14 March 2024\nAmbassador Ma Hui met with Deputy Prime Minister Ricardo Cabrisas at the "
            "Council of Ministers on Thursday.\n", title="Ambassador Ma Hui meets Cabrisas",
            published="2024-03-14")
    assert not r.relevant
