"""LAC places without their country, and LAC officials by office and date (session 8, campaign L).

Self-written releases in the sites' style; the people, offices and places are facts.
- A city, state, province or department of one LAC country (countries.json ``places``) names that
  country: as the place of an exchange it is a venue (as a capital is), with its own office before or
  after it ("Mayor of Curitiba", 哈利斯科州州长) it is that country's actor. Places whose bare name is
  a person's or another country's place ("Rosario": Rosario Murillo; "Mendoza") count only with
  their unit or office ("Mayor of Rosario", "Mendoza Province", 门多萨省).
- Places of Spain and other countries that share a LAC name (Valencia, Córdoba, Cartagena, Santiago
  de Compostela, Granada) are not listed, so they never make a page LAC.
- The roster of heads (lac_leaders.json) holds Cuba's Prime Minister since 2019-12-21.
- Foreign ministry: a head named in a place of another LAC country is his country's actor; the
  counterpart named by office alone ("Foreign Minister Mauro Vieira"), with two offices, in the
  possessive (a head's envoy), as a former head, as a governor or mayor, or by full name alone.
"""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa

IDCPC_ZH = "https://www.idcpc.org.cn/bzhd/wshd/202404/t20240416_{n}.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/202404/t20240416_{n}.shtml"


# ---------------------------------------------------------------- places without their country

@pytest.mark.parametrize("lead, country", [
    ("Rafael Greca, Mayor of Curitiba", "Brazil"),
    ("Salomon Jara, Governor of Oaxaca", "Mexico"),
    ("Ignacio Torres, Governor of Chubut Province", "Argentina"),
    ("Pablo Javkin, Mayor of Rosario", "Argentina"),
    ("the Governor of the Colombian department of Antioquia", "Colombia"),
    ("Juan Pablo Lucas, Governor of Tarija", "Bolivia"),
    ("the First Secretary of the Party Committee of Cienfuegos Province", "Cuba"),
])
def test_a_place_office_names_its_country(lead: str, country: str) -> None:
    record = idcpc(f"Beijing, April 16th -- Sun Haiyan, vice minister of the IDCPC, met with {lead} "
                   "here today. The two sides exchanged views on local cooperation.",
                   title="Sun Haiyan Meets with Local Leader", published="2024-04-16")
    assert record.relevant is True
    assert record.country == country


@pytest.mark.parametrize("text, country, name", [
    ("4月16日，中联部副部长孙海燕在京会见哈利斯科州州长阿尔法罗。", "Mexico", "阿尔法罗"),
    ("4月16日，中联部副部长孙海燕在京会见瓜亚基尔市市长阿基诺。", "Ecuador", "阿基诺"),
    ("4月16日，中联部副部长孙海燕在京会见门多萨省省长科尔内霍。", "Argentina", "科尔内霍"),
])
def test_a_place_office_names_its_country_zh(text: str, country: str, name: str) -> None:
    record = idcpc(text, title="孙海燕会见拉美地方领导人", published="2024-04-16", lang="zh",
                   url=IDCPC_ZH.format(n=1))
    assert record.relevant is True
    assert record.country == country
    assert any(name in c.name and c.kind == "government" for c in record.contacts)


def test_a_prefect_is_a_government_contact() -> None:
    record = idcpc("Beijing, Jan. 16th -- Guo Yezhou, vice minister of the IDCPC, met with Paola Pabon, "
                   "Prefect of Pichincha, here today.", title="Guo Yezhou Meets with Ecuadorian Prefect",
                   published="2020-01-16")
    assert record.country == "Ecuador"
    assert any("Pabon" in c.name and c.kind == "government" for c in record.contacts)


def test_a_bare_shared_place_name_is_no_country() -> None:
    """"Rosario" alone is Rosario Murillo's given name, never Argentina: the page stays Nicaragua's."""
    record = idcpc("Beijing, March 3rd -- Liu Jianchao, head of the IDCPC, met with a delegation of the "
                   "Sandinista National Liberation Front here today. The delegation conveyed greetings "
                   "from Daniel Ortega and Rosario Murillo.",
                   title="Liu Jianchao Meets with FSLN Delegation", published="2024-03-03")
    assert record.country == "Nicaragua"


@pytest.mark.parametrize("lead", [
    "the Mayor of Valencia, Spain",
    "the President of the Provincial Council of Cordoba",
    "the Mayor of Cartagena, Spain",
    "a delegation from Santiago de Compostela",
    "the Mayor of Granada",
])
def test_spanish_namesakes_make_no_lac_page(lead: str) -> None:
    record = idcpc(f"Beijing, June 22nd -- Chen Zhou, assistant minister of the IDCPC, met with {lead} "
                   "and a delegation of the Spanish Socialist Workers' Party here today.",
                   title="Chen Zhou Meets with Spanish Guests", published="2023-06-22")
    assert record.relevant is False


def test_a_place_as_the_venue_is_no_second_country() -> None:
    """A city named as where they met is a place: the counterpart's country stays the page's."""
    record = idcpc("Beijing, Nov. 10th -- Sun Haiyan, vice minister of the IDCPC, met with a delegation "
                   "of the Communist Party of Chile in Beijing today, after the delegation had attended "
                   "a seminar in Monterrey.", title="Sun Haiyan Meets with Chilean Communists",
                   published="2023-11-10")
    assert record.country == "Chile"


# ---------------------------------------------------------------- the roster: Cuba's Prime Minister

def test_cuban_prime_minister_without_country_is_a_head() -> None:
    record = mfa("On December 11, 2024, Premier Li Qiang held talks in Beijing with Prime Minister Manuel "
                 "Marrero Cruz. Li Qiang said the two sides should deepen practical cooperation.",
                 title="Li Qiang Holds Talks with Prime Minister Manuel Marrero Cruz",
                 published="2024-12-11")
    assert record.country == "Cuba"
    assert record.head_of_state_level is True
    assert record.counterpart is not None and "Marrero" in record.counterpart


def test_cuban_prime_minister_short_chinese_name() -> None:
    record = mfa("2024年12月11日，国家副主席韩正在北京会见马雷罗总理。双方就深化合作交换意见。",
                 title="韩正会见马雷罗", published="2024-12-11", lang="zh", url=MFA_ZH.format(n=2))
    assert record.country == "Cuba"
    assert record.head_of_state_level is False  # the Vice President is no head
    assert record.counterpart is not None and "Marrero" in record.counterpart


def test_marrero_before_the_office_existed_is_no_head() -> None:
    record = mfa("On November 5, 2018, Premier Li Keqiang met in Beijing with Cuban Minister of Tourism "
                 "Manuel Marrero Cruz.", title="Li Keqiang Meets with Cuban Minister of Tourism",
                 published="2018-11-05")
    assert record.country == "Cuba"
    assert record.head_of_state_level is False


# ---------------------------------------------------------------- foreign ministry: heads and counterparts

@pytest.mark.parametrize("title, lead, published, country, name", [
    ("Xi Jinping Meets with Prime Minister Perry Christie",
     "On June 2, 2013, President Xi Jinping met in Port of Spain with Prime Minister Perry Christie.",
     "2013-06-02", "Bahamas", "Christie"),
    ("Xi Jinping Meets with Gustavo Petro",
     "On November 19, 2024, President Xi Jinping met with Gustavo Petro in Rio de Janeiro.",
     "2024-11-19", "Colombia", "Petro"),
])
def test_a_head_met_in_another_lac_country(title: str, lead: str, published: str, country: str,
                                           name: str) -> None:
    record = mfa(lead, title=title, published=published)
    assert record.relevant is True
    assert record.country == country
    assert record.head_of_state_level is True
    assert record.counterpart is not None and name in record.counterpart


@pytest.mark.parametrize("lead, expected", [
    ("Foreign Minister Wang Yi held talks in Beijing with Foreign Minister Mauro Vieira. Wang said China "
     "and Brazil are comprehensive strategic partners.", "Mauro Vieira, Foreign Minister"),
    ("Vice President Han Zheng met in Beijing with Vice President Geraldo Alckmin of Brazil's government "
     "delegation. Han said China values Brazil.", "Geraldo Alckmin, Vice President"),
    ("Premier Li Qiang met with Brazilian Vice President and Minister of Development Geraldo Alckmin in "
     "Beijing.", "Geraldo Alckmin, Vice President"),
    ("Vice Premier Ding Xuexiang met in Beijing with Governor of Bahia Jeronimo Rodrigues. Ding said local "
     "cooperation is part of China-Brazil relations.", "Jeronimo Rodrigues, Governor of Bahia"),
    ("Vice President Han Zheng met in Beijing with Michel Temer, former President of Brazil.",
     "Michel Temer, former President"),
    ("Vice President Han Zheng met in Beijing with Sao Paulo Mayor Ricardo Nunes.",
     "Ricardo Nunes, Sao Paulo Mayor"),
])
def test_the_counterpart_by_office(lead: str, expected: str) -> None:
    record = mfa(f"On April 15, 2024, {lead}", title="Chinese Leader Meets Brazilian Guest",
                 published="2024-04-15")
    assert record.country == "Brazil"
    assert record.counterpart == expected
    assert record.head_of_state_level is False


def test_a_heads_envoy_is_the_counterpart_not_the_head() -> None:
    record = mfa("On April 18, 2013, President Xi Jinping met with Venezuelan President Nicolas Maduro's "
                 "special envoy, Foreign Minister Elias Jaua, in Beijing.",
                 title="Xi Jinping Meets with Special Envoy of Venezuelan President", published="2013-04-18")
    assert record.country == "Venezuela"
    assert record.counterpart == "Elias Jaua, Foreign Minister"
    assert record.head_of_state_level is False


def test_a_chinese_official_is_never_the_counterpart_by_office() -> None:
    record = mfa("On April 15, 2024, Foreign Minister Wang Yi met with Foreign Minister Mauro Vieira and "
                 "said China and Brazil are good partners. Vice Foreign Minister Ma Zhaoxu attended.",
                 title="Wang Yi Meets with Mauro Vieira",
                 published="2024-04-15")
    assert record.counterpart is not None
    assert "Wang Yi" not in record.counterpart and "Ma Zhaoxu" not in record.counterpart


# ---------------------------------------------------------------- where people come from, where a visit goes

@pytest.mark.parametrize("lead, country", [
    ("met with a delegation of legislators from Sonora, Chihuahua and Sinaloa", "Mexico"),
    ("met with a delegation from Guayaquil led by its vice mayor", "Ecuador"),
    ("met with young cadres from Cochabamba and Tarija", "Bolivia"),
])
def test_people_from_a_place_are_its_countrys(lead: str, country: str) -> None:
    record = idcpc(f"Beijing, Oct. 22nd -- Chen Zhou, assistant minister of the IDCPC, {lead} here today.",
                   title="Chen Zhou Meets with Visiting Guests", published="2024-10-22")
    assert record.relevant is True
    assert record.country == country


@pytest.mark.parametrize("source, lang, title, text, country", [
    ("mfa", "en", "Wang Yi arrives in Brasilia",
     "Foreign Minister Wang Yi arrived in Brasilia on Tuesday for an official visit.", "Brazil"),
    ("idcpc", "en", "CPC Delegation Visits Guayaquil and Cuenca",
     "A CPC delegation led by Chen Zhou, assistant minister of the IDCPC, visited Guayaquil and Cuenca "
     "from May 3 to 8, meeting local officials and party leaders.", "Ecuador"),
    ("idcpc", "zh", "中共代表团访问瓜亚基尔",
     "5月3日至8日，中联部部长助理陈洲率中共代表团访问瓜亚基尔，会见当地官员和政党领导人。", "Ecuador"),
])
def test_a_visit_to_a_place_is_a_visit_to_its_country(source: str, lang: str, title: str, text: str,
                                                      country: str) -> None:
    make = mfa if source == "mfa" else idcpc
    url = (MFA_ZH if source == "mfa" else IDCPC_ZH).format(n=3) if lang == "zh" else (
        "https://www.fmprc.gov.cn/eng/zxxx/202407/t20240723_1.html" if source == "mfa"
        else "https://www.idcpc.org.cn/english/news/202405/t20240509_1.html")
    record = make(text, title=title, published="2024-07-23", lang=lang, url=url)
    assert record.relevant is True
    assert record.country == country


def test_a_place_where_another_countrys_leader_was_met_stays_a_venue() -> None:
    record = mfa("On November 19, 2024, President Xi Jinping met with British Prime Minister Keir Starmer "
                 "in Rio de Janeiro. Xi said China and the UK are permanent members of the Security Council.",
                 title="Xi Jinping Meets with British Prime Minister Keir Starmer", published="2024-11-19")
    assert record.relevant is False


def test_a_vice_president_elect_keeps_her_name_and_office() -> None:
    record = mfa("On December 5, 2024, Vice President Han Zheng met in Beijing with Carolina Cosse, Vice "
                 "President-elect of Uruguay.", title="Han Zheng Meets with Uruguayan Vice President-elect",
                 published="2024-12-05")
    assert record.country == "Uruguay"
    assert record.counterpart == "Carolina Cosse, Vice President-elect"
    assert record.head_of_state_level is False


# ---------------------------------------------------------------- the office of a body; an incoming head

@pytest.mark.parametrize("lead, expected", [
    ("Zhao Leji held talks in Beijing with Esteban Lazo, President of the National Assembly of People's "
     "Power of Cuba.", "Esteban Lazo, President of the National Assembly of People's Power"),
    ("Zhao Leji met in Beijing with Juan Esteban Lazo Hernandez, President of the National Assembly of "
     "Cuba.", "Juan Esteban Lazo Hernandez, President of the National Assembly"),
])
def test_the_president_of_a_body_is_no_head(lead: str, expected: str) -> None:
    record = mfa(f"On June 4, 2019, {lead}", title="Zhao Leji Meets with Cuban Guest", published="2019-06-04")
    assert record.country == "Cuba"
    assert record.counterpart == expected
    assert record.head_of_state_level is False


def test_an_incoming_head_named_alone_names_his_country() -> None:
    record = mfa("2023年11月20日，国家主席习近平同诺沃亚通电话，祝贺他当选总统。",
                 title="习近平同诺沃亚通电话", published="2023-11-20", lang="zh", url=MFA_ZH.format(n=4))
    assert record.relevant is True
    assert record.country == "Ecuador"
    assert record.head_of_state_level is False  # not yet in office


def test_a_former_head_named_alone_names_no_country_on_a_state_page() -> None:
    """The foreign ministry's counterpart is a state's: a head whose term has ended, named alone on a
    page naming no country, is not read as his country (a party page is another matter)."""
    record = mfa("On August 1, 2019, Foreign Minister Wang Yi met with Michelle Bachelet, United Nations "
                 "High Commissioner for Human Rights, in Beijing.",
                 title="Wang Yi Meets with UN High Commissioner Michelle Bachelet", published="2019-08-01")
    assert record.relevant is False
