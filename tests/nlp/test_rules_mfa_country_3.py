"""Foreign-ministry pages where the headline and the body point different ways: a LAC country named
only as the place beside another country's counterpart, a regional gathering held in one LAC
country, a foreign ministers' meeting as the setting of a meeting, and a headline whose news is a
ceremony of a visit (campaign E3). Self-written releases; the names of people, countries and bodies
are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

ZH_URL = "https://www.fmprc.gov.cn/web/wjbxw_new/202405/t20240510_1.shtml"
AGENCY_URL = "https://english.news.cn/20241115/a1/c.html"


def _zh(text: str, title: str, published: str = "2024-05-10"):
    return mfa(text, title=title, published=published, lang="zh", url=ZH_URL)


# ---- a LAC country named only as the place ranks after the country of the one met ----

@pytest.mark.parametrize(("title", "text", "published", "country"), [
    ("Wang Yi Sees Surinamese Foreign Minister Albert Ramdin in Guyana",
     "On May 9, 2024 local time, Foreign Minister Wang Yi met with Surinamese Foreign Minister Albert Ramdin "
     "in Georgetown, Guyana.", "2024-05-09", "Suriname"),
    ("Li Xi Meets Bolivian President Luis Arce in Havana",
     "On September 16, 2023 local time, Li Xi, special envoy of President Xi Jinping, met with Bolivian "
     "President Luis Arce in Havana, Cuba, where both attend the G77 and China Summit.",
     "2023-09-16", "Bolivia"),
    ("Han Zheng Meets Colombian Vice President in Lima",
     "On November 15, 2024 local time, Vice President Han Zheng met with the Colombian Vice President "
     "in Lima, Peru.", "2024-11-15", "Colombia"),
])
def test_a_country_named_only_as_the_place_is_no_counterpart(title: str, text: str, published: str,
                                                              country: str) -> None:
    record = mfa(text, title=title, published=published)
    assert record.country == country and record.exchange_type == "bilateral"


def test_agency_copy_with_the_venue_capital_in_headline_and_dateline() -> None:
    record = mfa("LIMA, Nov. 15 (Xinhua) -- Chinese President Xi Jinping sat down with Chilean President "
                 "Gabriel Boric on Friday in Lima, Peru, on the sidelines of the APEC summit.",
                 title="Xi meets Chilean president at APEC gathering in Lima", published="2024-11-15",
                 url=AGENCY_URL)
    assert record.country == "Chile"
    assert record.event_type == "meeting_on_sidelines"


def test_the_headlines_actor_before_the_visit_the_lead_recalls() -> None:
    record = mfa("On March 19, 2024, Foreign Minister Wang Yi, who is in Brasilia for an official visit to "
                 "Brazil, met with Argentine Foreign Minister Diana Mondino at her request.",
                 title="Wang Yi Meets with Argentine Foreign Minister Diana Mondino in Brasilia",
                 published="2024-03-19")
    assert record.country == "Argentina"


def test_chinese_page_met_in_a_third_lac_capital() -> None:
    record = _zh("当地时间2024年5月9日，外交部长王毅在圭亚那首都乔治敦会见苏里南外长拉姆丁。",
                 "王毅在圭亚那会见苏里南外长拉姆丁")
    assert record.country == "Suriname"


@pytest.mark.parametrize(("title", "text", "published", "country"), [
    # the place's own head in office named as the one met: his country, whatever else the lead names
    ("Xi Jinping Holds Talks with President Lula in Brasilia",
     "On November 20, 2024 local time, President Xi Jinping held talks with President Luiz Inacio Lula da "
     "Silva in Brasilia, Brazil. Lula said Brazil and Argentina welcome Chinese investment.", "2024-11-20",
     "Brazil"),
    # the country named as the place only, and nothing else: that country
    ("Wang Yi Meets with the Foreign Minister in Georgetown",
     "On May 8, 2024 local time, Foreign Minister Wang Yi met with the Foreign Minister in "
     "Georgetown, Guyana.", "2024-05-08", "Guyana"),
    # the country named as an actor in the lead as well as the place
    ("Wang Yi Meets with Guyanese President Irfaan Ali in Georgetown",
     "On May 8, 2024 local time, Foreign Minister Wang Yi met with Guyanese President Irfaan Ali in "
     "Georgetown. Ali said Guyana and Suriname are neighbours.", "2024-05-08", "Guyana"),
])
def test_the_place_stays_the_country_when_it_is_also_the_actor(title: str, text: str, published: str,
                                                               country: str) -> None:
    record = mfa(text, title=title, published=published)
    assert record.country == country


# ---- a regional gathering held in one LAC country: the host named as the place ----

@pytest.mark.parametrize(("title", "text", "published"), [
    ("Chinese vice premier attends China-Caribbean forum in Trinidad and Tobago",
     "PORT OF SPAIN, Sept. 12 (Xinhua) -- Chinese Vice Premier Wang Qishan on Monday attended the opening of "
     "the third China-Caribbean Economic and Trade Cooperation Forum in Port of Spain. Leaders of ten "
     "Caribbean countries attended.", "2011-09-12"),
    ("Wang Yi attends Caribbean ministers' gathering in Guyana",
     "GEORGETOWN, May 9 (Xinhua) -- Chinese Foreign Minister Wang Yi on Thursday co-chaired the "
     "China-Caribbean Countries Foreign Ministers' Meeting in Georgetown with foreign ministers of "
     "Caribbean countries.",
     "2024-05-09"),
])
def test_regional_gathering_in_a_country_named_as_the_place_is_multilateral(title: str, text: str,
                                                                            published: str) -> None:
    record = mfa(text, title=title, published=published, url=AGENCY_URL)
    assert record.country == "multilateral" and record.exchange_type == "multilateral"


def test_one_countrys_premier_met_at_a_regional_forum_stays_that_country() -> None:
    record = mfa("PORT OF SPAIN, Sept. 12 (Xinhua) -- Chinese Vice Premier Wang Qishan met with Trinidad and "
                 "Tobago Prime Minister Kamla Persad-Bissessar here on Monday.",
                 title="Chinese vice premier meets Trinidad and Tobago prime minister",
                 published="2011-09-12", url=AGENCY_URL)
    assert record.country == "Trinidad and Tobago"


# ---- a foreign ministers' meeting is a multilateral conference: a meeting during it is on its sidelines

@pytest.mark.parametrize("text", [
    "On May 9, 2024 local time, Foreign Minister Wang Yi met with Guyanese Prime Minister Mark Phillips in "
    "Georgetown during the China-Caribbean Countries Foreign Ministers' Meeting.",
    "On February 21, 2024 local time, Foreign Minister Wang Yi met with Guyanese Prime Minister Mark "
    "Phillips in Rio de Janeiro, where he is attending the G20 Foreign Ministers' Meeting.",
    "On July 14, 2023, Foreign Minister Wang Yi met with Guyanese Prime Minister Mark Phillips while "
    "attending the China-Caribbean Foreign Ministers’ Meeting.",
])
def test_meeting_during_a_foreign_ministers_meeting_is_on_the_sidelines(text: str) -> None:
    record = mfa(text, title="Wang Yi Meets with Guyanese Prime Minister Mark Phillips",
                 published="2024-05-09")
    assert record.country == "Guyana"
    assert record.event_type == "meeting_on_sidelines"


def test_meeting_with_no_gathering_named_stays_a_meeting() -> None:
    record = mfa("On May 9, 2024, Foreign Minister Wang Yi met with Guyanese Prime Minister Mark Phillips in "
                 "Beijing. The two sides agreed that their foreign ministers' meetings should be "
                 "held regularly.",
                 title="Wang Yi Meets with Guyanese Prime Minister Mark Phillips", published="2024-05-09")
    assert record.event_type == "meeting"


# ---- a headline whose news is a ceremony or banquet of a visit: "other" ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Xi Jinping Holds Welcome Ceremony for Colombian President Gustavo Petro",
     "On October 25, 2023, President Xi Jinping held a grand welcome ceremony at the Great Hall of the "
     "People for Colombian President Gustavo Petro, who is on a state visit to China.", "en"),
    ("Xi Jinping Attends Welcome Ceremony Held by Peruvian President Dina Boluarte",
     "On November 14, 2024 local time, President Xi Jinping attended the welcome ceremony held by Peruvian "
     "President Dina Boluarte at the Government Palace in Lima.", "en"),
    ("Xi Jinping and Peng Liyuan Host Banquet for Brazilian President on State Visit",
     "On April 14, 2023, President Xi Jinping and his wife Peng Liyuan hosted a banquet for Brazilian "
     "President Lula, who is paying a state visit to China.", "en"),
    ("卢拉为习近平举行隆重欢迎仪式",
     "当地时间2024年11月20日，巴西总统卢拉在巴西利亚总统府为国家主席习近平举行隆重欢迎仪式。", "zh"),
    ("习近平举行仪式欢迎哥伦比亚总统佩特罗对中国进行国事访问",
     "2023年10月25日，国家主席习近平在人民大会堂东门外广场举行仪式，欢迎哥伦比亚总统佩特罗对中国进行国事"
     "访问。", "zh"),
])
def test_ceremony_of_a_visit_in_the_headline_is_other(title: str, text: str, lang: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2023-10-25")
    assert record.event_type == "other"


@pytest.mark.parametrize(("title", "text", "event_type"), [
    ("Xi Jinping Holds Welcome Ceremony and Talks with Honduran President Xiomara Castro",
     "On June 12, 2023, President Xi Jinping held a welcome ceremony for Honduran President Xiomara "
     "Castro at the Great Hall of the People, after which the two heads of state held talks.", "talks"),
    ("Colombian President Petro Begins State Visit to China, Welcome Ceremony Held in Beijing",
     "On October 25, 2023, Colombian President Gustavo Petro began his state visit to China.", "state_visit"),
    ("Colombian President Gustavo Petro Pays State Visit to China",
     "From October 24 to 26, 2023, Colombian President Gustavo Petro paid a state visit to China. "
     "President Xi Jinping held a welcome ceremony and talks with him.", "state_visit"),
])
def test_a_visit_or_talks_named_before_the_ceremony_stay_the_news(title: str, text: str,
                                                                   event_type: str) -> None:
    record = mfa(text, title=title, published="2023-10-25")
    assert record.event_type == event_type


# ---- a joint statement under another name: joint press or media statement, 联合新闻声明, 联合新闻稿 ----

@pytest.mark.parametrize(("title", "text", "lang", "country"), [
    ("Joint Press Statement Between the People's Republic of China and Barbados",
     "At the invitation of Premier Li Qiang, Prime Minister of Barbados Mia Amor Mottley paid an official "
     "visit to China from June 23 to 29, 2024. Premier Li Qiang held talks with her. The two sides agreed:",
     "en", "Barbados"),
    ("Joint Media Statement of the Foreign Ministers of China and Jamaica",
     "Foreign Minister Wang Yi and Jamaican Foreign Minister Kamina Johnson Smith held talks in Beijing on "
     "March 5, 2024, and agreed on the following:", "en", "Jamaica"),
    ("中华人民共和国和巴巴多斯联合新闻声明",
     "应国务院总理李强邀请，巴巴多斯总理莫特利于2024年6月23日至29日对中国进行正式访问。两国总理举行会谈。"
     "双方一致同意：",
     "zh", "Barbados"),
    ("中国和圭亚那外长会谈联合新闻稿",
     "2024年5月9日，外交部长王毅同圭亚那外长托德在乔治敦举行会谈。双方发表如下联合新闻稿：", "zh", "Guyana"),
])
def test_joint_press_statement_is_a_joint_statement(title: str, text: str, lang: str, country: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2024-06-29")
    assert record.country == country
    assert record.event_type == "joint_statement"


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Li Qiang Holds Talks with Barbadian Prime Minister Mia Amor Mottley",
     "On June 24, 2024, Premier Li Qiang held talks with Prime Minister of Barbados Mia Amor Mottley in "
     "Beijing. After the talks, the two sides issued a joint press statement.", "en"),
    ("王毅同圭亚那外长托德会谈并发表联合新闻稿",
     "2024年5月9日，外交部长王毅同圭亚那外长托德在乔治敦举行会谈。会谈后，双方发表联合新闻稿。", "zh"),
])
def test_talks_that_issue_a_joint_press_statement_stay_talks(title: str, text: str, lang: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2024-06-24")
    assert record.event_type == "talks"


# ---- messages in other words: sympathy, greeting cards, 贺卡 ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Xi Jinping Extends Sympathies to Cuban President over Matanzas Fire",
     "On August 8, 2022, President Xi Jinping sent a message of sympathy to Cuban President Miguel "
     "Diaz-Canel over the fire at an oil depot in Matanzas.", "en"),
    ("Xi Jinping and Cuban President Exchange New Year Cards",
     "On December 31, 2023, President Xi Jinping and Cuban President Miguel Diaz-Canel exchanged New "
     "Year cards.", "en"),
    ("习近平同古巴国家主席迪亚斯-卡内尔互致新年贺卡",
     "2023年12月31日，国家主席习近平同古巴国家主席迪亚斯-卡内尔互致新年贺卡。", "zh"),
])
def test_sympathy_and_greeting_cards_are_messages(title: str, text: str, lang: str) -> None:
    if lang == "zh":
        record = _zh(text, title, "2023-12-31")
    else:
        record = mfa(text, title=title, published="2023-12-31")
    assert record.country == "Cuba"
    assert record.event_type == "message"


def test_sympathy_expressed_at_a_meeting_stays_the_meeting() -> None:
    record = mfa("On August 9, 2022, Vice President Wang Qishan met with Cuban Vice President Salvador "
                 "Valdes Mesa in Beijing and expressed sympathy over the Matanzas fire.",
                 title="Wang Qishan Meets with Cuban Vice President, Expresses Sympathy over Fire",
                 published="2022-08-09")
    assert record.event_type == "meeting"


# ---- a Chinese lead under a headline with no exchange word: its first sentence that names one ----

@pytest.mark.parametrize(("title", "text", "event_type"), [
    ("韩正：中巴关系具有全球影响",
     "2024年5月20日，国家副主席韩正在北京会见巴西外长维埃拉。韩正感谢卢拉总统日前致电祝贺。", "meeting"),
    ("王毅：中方愿同哥伦比亚深化战略伙伴关系",
     "2024年8月20日，外交部长王毅在北京同哥伦比亚外长穆里略举行会谈。穆里略转交了佩特罗总统致习近平主席的"
     "贺信。", "talks"),
    ("李强：中方愿同秘鲁加强合作",
     "2024年6月28日，国务院总理李强同秘鲁总统博鲁阿尔特通电话。博鲁阿尔特感谢李强日前致电慰问。",
     "phone_call"),
    # the first sentence names a message: the message
    ("习近平：中古友谊历久弥坚",
     "2024年1月1日，国家主席习近平致电古巴国家主席迪亚斯-卡内尔，祝贺古巴革命胜利65周年。两国元首曾多次会"
     "晤。", "message"),
    # a visit named as the setting in the first sentence, the talks in the next: as before, the talks
    ("中哥关系迈上新台阶",
     "应国家主席习近平邀请，哥伦比亚总统佩特罗于2023年10月24日至26日对中国进行国事访问。25日，习近平同佩"
     "特罗举行会谈。", "talks"),
])
def test_chinese_lead_first_sentence_names_the_exchange(title: str, text: str, event_type: str) -> None:
    record = _zh(text, title)
    assert record.event_type == event_type


# ---- a summit recalled as the setting of an earlier meeting does not put this one on its sidelines ----

@pytest.mark.parametrize(("text", "lang"), [
    ("On June 12, 2024, President Xi Jinping met with Chilean Foreign Minister Alberto van Klaveren in "
     "Beijing. Xi recalled that he and President Boric met on the sidelines of the APEC meeting in San "
     "Francisco.", "en"),
    ("On May 20, 2025, Vice President Han Zheng met with the Chilean Foreign Minister in Beijing.\nHan "
     "Zheng said President Xi and President Boric had a fruitful meeting during the APEC Summit in Lima "
     "last November.", "en"),
    ("2025年5月20日，国家副主席韩正在北京会见智利外长范克拉韦伦。韩正表示，去年习近平主席同博里奇总统出席"
     "亚太经合组织领导人非正式会议期间会晤。",
     "zh"),
])
def test_recalled_summit_meeting_is_no_sidelines(text: str, lang: str) -> None:
    if lang == "zh":
        record = _zh(text, "韩正会见智利外长范克拉韦伦", "2025-05-20")
    else:
        record = mfa(text, title="Xi Jinping Meets with Chilean Foreign Minister", published="2025-05-20")
    assert record.country == "Chile"
    assert record.event_type == "meeting"


@pytest.mark.parametrize("text", [
    # the lead's own sentence: its summit is the meeting's setting, whatever it recalls
    "On November 16, 2024 local time, President Xi Jinping met with Chilean President Gabriel Boric on the "
    "sidelines of the APEC meeting in Lima, their first meeting since the one held last year.",
    # a summit named in a later sentence that recalls nothing
    "On July 6, 2025 local time, Premier Li Qiang met with Chilean President Gabriel Boric in Rio de "
    "Janeiro.\nBoth are in Rio de Janeiro to attend the 17th BRICS Summit.",
    # the Group of 77 meets as a conference
    "On September 22, 2023 local time, Foreign Minister Wang Yi met with Chilean Foreign Minister "
    "Alberto van Klaveren in New York, where both attend the annual meeting of foreign ministers of the "
    "Group of 77.",
])
def test_summit_named_as_this_meetings_setting_stays_sidelines(text: str) -> None:
    record = mfa(text, title="Chinese Leader Meets with Chilean Counterpart", published="2024-11-16")
    assert record.event_type == "meeting_on_sidelines"


# ---- a message addressed to a worldwide gathering held in a LAC country: multilateral ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Xi Jinping Sends Congratulatory Message to the G77 and China Summit",
     "On September 15, 2023, President Xi Jinping sent a congratulatory message to the G77 and China "
     "Summit held in Havana, Cuba, which was chaired by Cuban President Miguel Diaz-Canel.", "en"),
    ("Xi Jinping Sends Congratulatory Letter to the 17th BRICS Summit",
     "On July 6, 2025, President Xi Jinping sent a congratulatory letter to the 17th BRICS Summit in Rio de "
     "Janeiro, Brazil, chaired by Brazilian President Lula.", "en"),
    ("习近平向“77国集团和中国”峰会致贺信",
     "2023年9月15日，国家主席习近平向在古巴哈瓦那举行的“77国集团和中国”峰会致贺信。古巴国家主席迪亚斯-卡"
     "内尔主持峰会。",
     "zh"),
])
def test_message_to_a_worldwide_gathering_is_multilateral(title: str, text: str, lang: str) -> None:
    if lang == "zh":
        record = _zh(text, title, "2023-09-15")
    else:
        record = mfa(text, title=title, published="2023-09-15")
    assert record.country == "multilateral" and record.exchange_type == "multilateral"
    assert record.event_type == "message"


def test_message_to_the_host_about_a_gathering_stays_the_hosts_country() -> None:
    record = mfa("On September 15, 2023, President Xi Jinping sent a message to Cuban President Miguel "
                 "Diaz-Canel, congratulating Cuba on hosting the G77 and China Summit in Havana.",
                 title="Xi Jinping Sends Message to Cuban President on G77 and China Summit",
                 published="2023-09-15")
    assert record.country == "Cuba"


# ---- countries named in a headline's quote are what the speaker spoke of, not a second side ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Han Zheng: China Supports Venezuela and Cuba in Safeguarding Sovereignty",
     "On September 14, 2023, Vice President Han Zheng met with Venezuelan President Nicolas Maduro in "
     "Beijing.", "en"),
    ("China backs Venezuela, Cuba against interference: vice president",
     "BEIJING, Sept. 14 (Xinhua) -- Chinese Vice President Han Zheng met with Venezuelan President Nicolas "
     "Maduro here on Thursday.", "en"),
    ("韩正：中方支持委内瑞拉和古巴维护国家主权",
     "2023年9月14日，国家副主席韩正在北京会见委内瑞拉总统马杜罗。", "zh"),
])
def test_countries_in_a_headline_quote_are_topics(title: str, text: str, lang: str) -> None:
    if lang == "zh":
        record = _zh(text, title, "2023-09-14")
    else:
        record = mfa(text, title=title, published="2023-09-14")
    assert record.country == "Venezuela" and record.exchange_type == "bilateral"


@pytest.mark.parametrize("title", [
    "Wang Yi Meets with Foreign Ministers of Venezuela and Cuba",
    "Han Zheng Meets Venezuelan and Cuban Vice Presidents",
])
def test_two_countries_met_in_the_headline_stay_multilateral(title: str) -> None:
    record = mfa("On September 14, 2023, Foreign Minister Wang Yi met with Venezuelan Foreign Minister "
                 "Yvan Gil and Cuban Foreign Minister Bruno Rodriguez in Beijing.", title=title,
                 published="2023-09-14")
    assert record.country == "multilateral"


# ---- a courtesy call is a meeting: "paid a courtesy call on", "calls on President …", 拜会 ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Wang Yi Pays Courtesy Call on Guyanese President Irfaan Ali",
     "On May 8, 2024 local time, Foreign Minister Wang Yi paid a courtesy call on Guyanese President "
     "Irfaan Ali at the State House in Georgetown.", "en"),
    ("Wang Yi Calls on Guyanese President Irfaan Ali",
     "On May 8, 2024 local time, Foreign Minister Wang Yi called on Guyanese President Irfaan Ali in "
     "Georgetown.", "en"),
    ("王毅拜会圭亚那总统阿里", "当地时间2024年5月8日，外交部长王毅在乔治敦拜会圭亚那总统阿里。", "zh"),
])
def test_courtesy_call_is_a_meeting(title: str, text: str, lang: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2024-05-08")
    assert record.country == "Guyana"
    assert record.event_type == "meeting"


def test_calling_on_the_two_sides_to_act_is_no_meeting() -> None:
    record = mfa("On May 8, 2024, Foreign Minister Wang Yi held talks with Guyanese Foreign Minister "
                 "Hugh Todd in Georgetown, and called on the two sides to deepen cooperation in energy.",
                 title="Wang Yi: China and Guyana Are Good Partners", published="2024-05-08")
    assert record.event_type == "talks"


@pytest.mark.parametrize(("title", "text", "event_type"), [
    ("Xi Jinping Lays Wreath at Monument During State Visit to Brazil",
     "On November 20, 2024 local time, President Xi Jinping laid a wreath at a monument in Brasilia during "
     "his state visit to Brazil.", "other"),
    ("Xi Jinping Begins State Visit to Brazil, Lays Wreath at Monument",
     "On November 20, 2024 local time, President Xi Jinping began his state visit to Brazil.", "state_visit"),
])
def test_wreath_laying_of_a_visit_is_a_ceremony(title: str, text: str, event_type: str) -> None:
    record = mfa(text, title=title, published="2024-11-20")
    assert record.event_type == event_type


# ---- a page with no headline: the first exchange the text reports ----

@pytest.mark.parametrize(("text", "lang", "event_type"), [
    ("On May 20, 2024, Vice President Han Zheng met with Brazilian Foreign Minister Mauro Vieira in Beijing. "
     "Vieira thanked China for the congratulatory message on the anniversary of diplomatic ties.", "en",
     "meeting"),
    ("On November 22, 2023, President Xi Jinping held talks with Uruguayan President Luis Lacalle Pou in "
     "Beijing. The two sides issued a joint statement.", "en", "talks"),
    ("2024年5月20日，国家副主席韩正在北京会见巴西外长维埃拉。维埃拉感谢习近平主席日前致电祝贺"
     "两国建交50周年。", "zh", "meeting"),
    ("2024年6月28日，国务院总理李强同巴西总统卢拉通电话。卢拉感谢李强日前致贺电。", "zh",
     "phone_call"),
    # the message reported first, a meeting recalled after it
    ("On January 1, 2024, President Xi Jinping sent a congratulatory message to Brazilian President Lula. "
     "The two heads of state held talks in Beijing in 2023.", "en", "message"),
    # the statement's own name heading the text
    ("Joint Statement Between the People's Republic of China and the Federative Republic of Brazil\nAt the "
     "invitation of President Xi Jinping, President Lula paid a state visit to China. The two heads of state "
     "held talks.", "en", "joint_statement"),
])
def test_page_without_headline_takes_the_first_exchange_reported(text: str, lang: str,
                                                                 event_type: str) -> None:
    record = _zh(text, "") if lang == "zh" else mfa(text, title="", published="2024-05-20")
    assert record.event_type == event_type


def test_joint_press_statements_made_together_are_a_press_appearance() -> None:
    record = mfa("On June 10, 2024, following their talks, President Xi Jinping and Guyanese President "
                 "Irfaan Ali made joint press statements at the Great Hall of the People.",
                 title="Xi Jinping and Guyanese President Irfaan Ali Make Joint Press Statements",
                 published="2024-06-10")
    assert record.event_type != "joint_statement"


@pytest.mark.parametrize("title", [
    "Xi's warm reception in Ecuador shows the depth of bilateral ties",
    "Highest-level reception for Chinese president in Quito",
])
def test_a_visitors_reception_is_how_he_was_received_not_a_reception_held(title: str) -> None:
    """'Reception' as the treatment a state visitor receives is no ceremony: the page is about the
    visit as a whole (a banquet or 'a reception hosted by …' stays a ceremony)."""
    rec = mfa("QUITO, Nov. 18 (Xinhua) -- Chinese President Xi Jinping arrived here on Thursday for a "
              "state visit to Ecuador, the first by a Chinese head of state, and was received by President "
              "Rafael Correa at the presidential palace with full honours.",
              title=title, published="2016-11-19")
    assert rec.event_type == "state_visit"
