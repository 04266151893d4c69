"""The roster of Chinese officials (``nlp/gazetteer/officials.json``): who the Chinese side is.

Codebook: Who counts (foreign ministry) — a state leader, a minister or a vice minister counts, an
ambassador does not; a leader's special envoy is the principal (``chinese_side`` names him);
head_of_state_level needs both principals heads of state or government in office; on the party's
pages an official of the CPC's departments (or a leader of the party) is the CPC side on agency
copies. Self-written releases in the sites' styles; the officials' names and offices are facts.
"""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa

from nlp.gazetteer import Gazetteer

AGENCY = "https://english.example-agency.cn/20231103/a1/c.html"
HEAD_TITLES = {"President of the People's Republic of China", "Premier of the State Council"}


# ---------------------------------------------------------------- the data itself

def test_only_the_president_and_the_premier_are_heads_of_state_or_government():
    for official in Gazetteer.load().officials:
        for office in official.offices:
            assert office.head_of_state_or_government == (office.title_en in HEAD_TITLES), (
                official.id, office.title_en)
            assert office.title_zh, (official.id, office.title_en)


@pytest.mark.parametrize("title,day,holder", [
    ("Vice President of the People's Republic of China", "2010-06-01", "Xi Jinping"),
    ("Vice President of the People's Republic of China", "2015-06-01", "Li Yuanchao"),
    ("Vice President of the People's Republic of China", "2020-06-01", "Wang Qishan"),
    ("Vice President of the People's Republic of China", "2024-06-01", "Han Zheng"),
    ("Secretary of the CPC Central Commission for Discipline Inspection", "2015-06-01", "Wang Qishan"),
    ("Secretary of the CPC Central Commission for Discipline Inspection", "2020-06-01", "Zhao Leji"),
    ("Secretary of the CPC Central Commission for Discipline Inspection", "2024-06-01", "Li Xi"),
    ("Minister of Foreign Affairs", "2023-03-20", "Qin Gang"),
    ("Minister of National Defense", "2020-06-01", "Wei Fenghe"),
])
def test_who_held_an_office_on_a_day(title, day, holder):
    official = Gazetteer.load().holder_of(title, day)
    assert official is not None and official.name_en == holder


# ---------------------------------------------------------------- envoys and state leaders (ministry)

@pytest.mark.parametrize("lang,title,text,published,side", [
    ("en", "Vice President Han Zheng Attends the Inauguration of Guatemalan President",
     "On January 14, 2024, local time, Vice President Han Zheng, President Xi Jinping's special envoy, "
     "attended the inauguration of Guatemalan President Bernardo Arevalo in Guatemala City and met with "
     "him afterwards.", "2024-01-15", "Han Zheng, Vice President"),
    ("en", "Wang Dongming Attends the Swearing-in of Colombian President",
     "On August 7, 2022, Wang Dongming, Vice Chairman of the NPC Standing Committee and President Xi "
     "Jinping's special envoy, attended the swearing-in of President Gustavo Petro in Bogota.",
     "2022-08-08", "Wang Dongming, Vice Chairman of the NPC Standing Committee"),
    ("en", "Special Envoy of President Xi Jinping Zheng Jianbang Attends Inauguration of Mexican President",
     "On October 1, 2024, Special Envoy of President Xi Jinping and Vice Chairman of the Standing Committee "
     "of the National People's Congress Zheng Jianbang attended the inauguration of Mexican President "
     "Claudia Sheinbaum in Mexico City.", "2024-10-02", "Zheng Jianbang"),
    ("en", "State Councilor Wang Yong Attends Inauguration of Ecuadorian President",
     "Quito, May 24, 2017 -- State Councilor Wang Yong, special envoy of President Xi Jinping, attended "
     "the inauguration of Ecuadorian President Lenin Moreno.", "2017-05-25", "Wang Yong, State Councilor"),
    ("zh", "王东明出席哥伦比亚总统就职仪式",
     "2022年8月7日，习近平主席特使、全国人大常委会副委员长王东明在波哥大出席哥伦比亚总统佩特罗就职仪式。",
     "2022-08-08", "Wang Dongming"),
    ("zh", "習近平主席特使鄭建邦出席墨西哥總統就職儀式",
     "2024年10月1日，習近平主席特使、全國人大常委會副委員長鄭建邦在墨西哥城出席墨西哥總統就職儀式。",
     "2024-10-02", "Zheng Jianbang"),
])
def test_a_special_envoy_on_the_roster_is_named_as_the_chinese_side(lang, title, text, published, side):
    record = mfa(text, title=title, lang=lang, published=published)
    assert record.relevant
    assert (record.chinese_side or "").startswith(side)
    assert record.head_of_state_level is False


def test_a_vice_president_meeting_a_president_is_not_head_of_state_level():
    record = mfa("On April 14, 2023, Vice President Han Zheng met with Brazilian President Luiz Inacio "
                 "Lula da Silva in Beijing.", title="Han Zheng Meets with Brazilian President Lula",
                 published="2023-04-15")
    assert record.relevant and record.head_of_state_level is False
    assert record.chinese_side == "Han Zheng, Vice President"


def test_the_premier_meeting_a_president_stays_head_of_state_level():
    record = mfa("2023年10月17日，国务院总理李强在北京会见智利总统博里奇。", title="李强会见智利总统博里奇",
                 lang="zh", published="2023-10-18")
    assert record.head_of_state_level is True
    assert record.chinese_side == "Li Qiang, Premier"


@pytest.mark.parametrize("lang,title,text,published,side", [
    ("en", "Vice Premier Hu Chunhua Meets with Chilean Foreign Minister",
     "On March 5, 2019, Vice Premier Hu Chunhua met with Chilean Foreign Minister Roberto Ampuero "
     "in Beijing.",
     "2019-03-06", "Hu Chunhua, Vice Premier"),
    ("en", "Liu He Holds Video Call with Argentine Economy Minister",
     "On February 1, 2022, Vice Premier Liu He held a video call with Argentine Economy Minister "
     "Martin Guzman.",
     "2022-02-02", "Liu He, Vice Premier"),
    ("zh", "丁薛祥会见秘鲁部长会议主席",
     "2024年11月13日，国务院副总理丁薛祥在利马会见秘鲁部长会议主席阿德里安森。",
     "2024-11-14", "Ding Xuexiang, Vice Premier"),
    ("zh", "国务委员戴秉国会见巴西外长", "2010年5月12日，国务委员戴秉国在北京会见巴西外长阿莫林。",
     "2010-05-13", "Dai Bingguo, State Councilor"),
])
def test_vice_premiers_and_state_councilors_are_named(lang, title, text, published, side):
    record = mfa(text, title=title, lang=lang, published=published)
    assert record.relevant
    assert record.chinese_side == side


# ---------------------------------------------------------------- an office held on the day

@pytest.mark.parametrize("day,side", [
    ("2011-06-03", "Wang Qishan, Vice Premier"),
    ("2019-05-20", "Wang Qishan, Vice President"),
])
def test_an_official_gets_the_office_he_held_on_the_day(day, side):
    year, month, dom = day.split("-")
    record = mfa(f"On {day}, Wang Qishan met with Cuban First Vice President Salvador Valdes Mesa "
                 "in Beijing.",
                 title="Wang Qishan Meets with Cuban First Vice President", published=day,
                 url=f"https://www.fmprc.gov.cn/eng/zxxx/{year}{month}/t{year}{month}{dom}_1.html")
    assert record.chinese_side == side


@pytest.mark.parametrize("day,side", [
    ("2019-03-12", "Qin Gang, Vice Foreign Minister"),
    ("2023-03-20", "Qin Gang, Foreign Minister"),
])
def test_qin_gang_before_and_after_he_became_foreign_minister(day, side):
    record = mfa(f"On {day}, Qin Gang held talks with a delegation of Peru's foreign ministry in Beijing.",
                 title="Qin Gang Holds Talks with Peruvian Delegation", published=day)
    assert record.chinese_side == side


# ---------------------------------------------------------------- who counts: vice minister vs ambassador

@pytest.mark.parametrize("title,text,published,side", [
    ("Vice Foreign Minister Sun Weidong Holds Consultations with Mexican Deputy Foreign Minister",
     "On August 30, 2023, Vice Foreign Minister Sun Weidong held consultations with Mexican Deputy Foreign "
     "Minister Maximiliano Reyes in Beijing. Chinese Ambassador to Mexico Zhang Run attended.",
     "2023-08-31", "Sun Weidong, Vice Foreign Minister"),
    ("Vice Foreign Minister Li Jinzhang Visits Bolivia",
     "La Paz, October 12, 2011 -- Vice Foreign Minister Li Jinzhang met with Bolivian Foreign Minister David "
     "Choquehuanca. The Chinese Ambassador to Bolivia was present.", "2011-10-13",
     "Li Jinzhang, Vice Foreign Minister"),
    ("Yang Jiechi Meets with Brazilian Foreign Minister",
     "On May 10, 2019, Yang Jiechi, Director of the Office of the Central Foreign Affairs Commission, met "
     "with Brazilian Foreign Minister Ernesto Araujo in Beijing. Chinese Ambassador to Brazil Yang Wanming "
     "was present.", "2019-05-11", "Yang Jiechi"),
])
def test_a_vice_minister_or_a_politburo_member_counts_beside_an_ambassador(title, text, published, side):
    record = mfa(text, title=title, published=published)
    assert record.relevant
    assert (record.chinese_side or "").startswith(side)


def test_an_ambassador_alone_does_not_count():
    record = mfa("On March 3, 2021, Chinese Ambassador to Peru Liang Yu met with Peruvian Foreign Minister "
                 "Allan Wagner in Lima.", title="Chinese Ambassador Meets with Peruvian Foreign Minister",
                 published="2021-03-04")
    assert record.relevant is False


@pytest.mark.parametrize("sentence", ["双方主张明确反对单边主义。", "雙方主張明確反對單邊主義。",
                                      "双方认为，全球经济扩张明显放缓。"])
def test_a_phrase_containing_a_name_is_no_official(sentence):
    """主张明确 ('the position is clear') contains 张明 (Zhang Ming): it names nobody."""
    record = mfa("2023年6月2日，中国同巴西在北京举行外交磋商。" + sentence,
                 title="中国同巴西举行外交磋商", lang="zh", published="2023-06-03")
    assert record.chinese_side is None or "Zhang Ming" not in record.chinese_side


# ---------------------------------------------------------------- the CPC side on agency copies

@pytest.mark.parametrize("text,published", [
    ("Beijing, March 12 (Xinhua) -- Liu Hongcai met with a delegation of the Communist Party of Cuba "
     "here on Thursday.", "2009-03-12"),
    ("Beijing, Nov. 2 (Xinhua) -- Huang Kunming met with a delegation of the United Socialist Party of "
     "Venezuela here on Friday.", "2018-11-02"),
    ("Beijing, Nov. 2 (Xinhua) -- Li Xi met with a delegation of the Communist Party of Cuba here on "
     "Thursday.", "2023-11-02"),
    ("北京11月2日电  蔡奇2日在北京会见尼加拉瓜桑地诺民族解放阵线代表团。", "2023-11-02"),
])
def test_an_agency_copy_naming_only_a_party_official_is_the_cpc_side(text, published):
    lang = "zh" if "电" in text else "en"
    record = idcpc(text, title="", lang=lang, published=published, url=AGENCY)
    assert record.relevant


def test_a_state_official_on_an_agency_copy_is_no_cpc_side():
    """A vice premier meeting a government minister is a state exchange, not a party one."""
    record = idcpc("Beijing, June 4 (Xinhua) -- Vice Premier Hu Chunhua met with Cuban Deputy Prime Minister "
                   "Ricardo Cabrisas here on Tuesday.", title="Chinese vice premier meets Cuban deputy PM",
                   published="2019-06-04", url=AGENCY)
    assert record.relevant is False


@pytest.mark.parametrize("text,published,party", [
    ("Beijing, June 4 (Xinhua) -- Vice Premier Sun Chunlan met with Cuban Public Health Minister Jose Angel "
     "Portal Miranda here on Tuesday.", "2019-06-04", False),
    ("Beijing, June 4 (Xinhua) -- Sun Chunlan met with a delegation of the Communist Party of Cuba here on "
     "Tuesday.", "2016-06-04", True),
    ("Beijing, June 4 (Xinhua) -- Zhao Leji, chairman of the NPC Standing Committee, met with Brazilian "
     "Senate President Rodrigo Pacheco here on Tuesday.", "2024-06-04", False),
    ("Beijing, June 4 (Xinhua) -- Zhao Leji met with a delegation of the Workers' Party of Brazil here on "
     "Tuesday.", "2014-06-04", True),
])
def test_a_department_head_is_the_cpc_side_only_while_in_the_department(text, published, party):
    """Sun Chunlan headed the United Front Work Department 2014–17 and Zhao Leji the Organization
    Department 2012–17: later, as vice premier or NPC chairman, they meet ministers for the state."""
    record = idcpc(text, title="", published=published, url=AGENCY)
    assert record.relevant is party


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Cuban Foreign Minister Meets Ma Hui",
     "On June 14, 2022, Chinese Ambassador to Cuba Ma Hui met with Cuban Foreign Minister Bruno Rodriguez "
     "in Havana."),
    ("en", "",
     "On June 14, 2022, Ma Hui, Chinese Ambassador to Cuba, met with Cuban Foreign Minister Bruno Rodriguez "
     "in Havana."),
    ("zh", "古巴外长会见马辉", "2022年6月14日，中国驻古巴大使马辉在哈瓦那会见古巴外长罗德里格斯。"),
])
def test_the_office_the_page_gives_a_roster_name_is_the_one_held(lang, title, text):
    """The roster lists Ma Hui as an IDCPC vice minister from 2022 (years approximate); a page that
    calls him the ambassador to Cuba reports an ambassador's exchange, headline's bare name included."""
    record = mfa(text, title=title, lang=lang, published="2022-06-15",
                 url="https://www.fmprc.gov.cn/eng/zxxx/202206/t20220615_1.html")
    assert record.relevant is False


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Ma Zhaoxu Meets with Cuban Foreign Minister",
     "On June 14, 2023, Vice Foreign Minister Ma Zhaoxu met with Cuban Foreign Minister Bruno Rodriguez in "
     "Havana. Chinese Ambassador to Cuba Ma Hui was present."),
    ("zh", "马朝旭会见古巴外长",
     "2023年6月14日，外交部副部长马朝旭在哈瓦那会见古巴外长罗德里格斯。中国驻古巴大使马辉在座。"),
])
def test_a_vice_minister_beside_an_ambassador_on_the_roster_still_counts(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2023-06-15")
    assert record.relevant
    assert record.chinese_side == "Ma Zhaoxu, Vice Foreign Minister"


# ---------------------------------------------------------------- protocol at the airport is no principal

@pytest.mark.parametrize("lang,text", [
    ("en", "On the evening of April 13, 2023, Brazilian President Luiz Inacio Lula da Silva arrived in "
           "Beijing for a state visit. Vice Foreign Minister Ma Zhaoxu greeted him at the airport. President "
           "Xi Jinping will hold talks with him."),
    ("en", "Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on April 13, 2023 and was "
           "greeted at the airport by Vice Foreign Minister Ma Zhaoxu and other officials. President Xi "
           "Jinping will hold talks with him."),
    ("zh", "2023年4月13日晚，巴西总统卢拉乘专机抵达北京，开始对中国进行国事访问。"
           "外交部副部长马朝旭等到机场迎接。国家主席习近平将同卢拉举行会谈。"),
])
def test_an_official_greeting_the_visitor_at_the_airport_is_not_the_principal(lang, text):
    title = "巴西总统卢拉抵达北京开始对中国进行国事访问" if lang == "zh" else (
        "Brazilian President Lula Arrives in Beijing for State Visit")
    record = mfa(text, title=title, lang=lang, published="2023-04-14")
    assert record.chinese_side == "Xi Jinping, President"
    assert record.head_of_state_level is True


def test_an_official_at_the_airport_is_the_chinese_side_when_no_one_else_is_named():
    record = mfa("On October 18, 2023, Chilean President Gabriel Boric concluded his visit and left Beijing. "
                 "Vice Premier Liu Guozhong saw him off at the airport.",
                 title="Chilean President Boric Leaves Beijing", published="2023-10-19")
    assert record.chinese_side == "Liu Guozhong, Vice Premier"


@pytest.mark.parametrize("text, lang", [
    ("Beijing, Nov. 8 -- Foreign Ministry Spokesperson Hua Chunying announced on Friday that at the "
     "invitation of President Dina Boluarte of Peru, President Xi Jinping will pay a state visit to Peru "
     "from Nov. 13 to 17.", "en"),
    ("新华社北京11月8日电 外交部发言人华春莹8日宣布：应秘鲁共和国总统博鲁阿尔特邀请，"
     "国家主席习近平将于11月13日至17日对秘鲁进行国事访问。", "zh"),
])
def test_a_spokesperson_announcing_a_visit_is_no_principal_whatever_her_rank(text, lang):
    """The roster gives Hua Chunying a vice minister's rank from 2024; named as the spokesperson she is
    the voice of the announcement, and the visiting head of state is the Chinese side."""
    record = mfa(text, title="", published="2024-11-08", lang=lang)
    assert record.chinese_side == "Xi Jinping, President"
    assert record.head_of_state_level is True
