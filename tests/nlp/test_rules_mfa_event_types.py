"""Foreign-ministry event types the headline settles against the lead (codebook:
../shared/eval/SCHEMA.md, Decision rules, "event_type (foreign ministry)" and
"head_of_state_level"): a ceremony, banquet, reception or joint press appearance both sides
attend is `other`; a headline reporting talks and a statement signed there is `talks`; a meeting
during a summit the Chinese lead names in its own words is on the sidelines; a minister's briefing
on a trip is `other`; a signed article printed under its own title is a `message`; Nicaragua's
Co-Presidents are heads of state. Self-written releases."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

AGENCY = "https://english.example-agency.cn/20230831/a7/c.html"
ZH = "https://www.mfa.gov.cn/web/wjdt_674879/gjldrhd_674881/202411/t20241120_1.shtml"

# ---------------------------------------------------------------- a ceremony both attend (other)

CEREMONIES = [
    # (lang, headline, lead)
    ("en", "Li Qiang Attends Reception Marking the Anniversary of China-Guyana Diplomatic Ties",
     "On June 27, 2024, Premier Li Qiang attended a reception given by the Embassy of Guyana in Beijing and "
     "read out a congratulatory letter from President Xi Jinping to President Irfaan Ali."),
    ("zh", "王毅出席中国同巴西建交周年纪念招待会",
     "2024年8月20日晚，外交部长王毅出席巴西驻华使馆举办的招待会，宣读习近平主席致卢拉总统的贺信并致辞。"),
    ("en", "Xi Jinping and Chilean President Gabriel Boric Witness the Signing of Cooperation Documents",
     "On October 17, 2023, after their talks in Beijing, President Xi Jinping and Chilean President Gabriel "
     "Boric witnessed the signing of a dozen cooperation documents on trade and mining."),
    ("zh", "习近平同智利总统博里奇共同见证合作文件签署",
     "2023年10月17日，国家主席习近平在人民大会堂同智利总统博里奇举行会谈后，两国元首共同见证签署十余项合作文件。"),
    ("zh", "习近平主席特使出席乌拉圭总统奥尔西就职仪式",
     "当地时间2025年3月1日，国家主席习近平特使在蒙得维的亚出席乌拉圭总统奥尔西就职仪式。仪式后，特使会见奥尔西总统，"
     "转达习近平主席的祝贺。"),
    ("zh", "王毅同乌拉圭外长共同会见中外记者",
     "2024年5月9日，外交部长王毅在北京同乌拉圭外长会谈后共同会见中外记者，介绍会谈成果。"),
    ("en", "Xi Jinping and Peng Liyuan Host Banquet for Brazilian President Lula",
     "On the evening of April 14, 2023, President Xi Jinping and his wife Peng Liyuan gave a banquet in the "
     "Great Hall of the People for Brazilian President Luiz Inacio Lula da Silva, who is on a state visit to "
     "China."),
    ("zh", "习近平和彭丽媛举行宴会欢迎巴西总统卢拉",
     "2023年4月14日晚，国家主席习近平和夫人彭丽媛举行宴会，欢迎来华进行国事访问的巴西总统卢拉。"),
]


@pytest.mark.parametrize(("lang", "title", "text"), CEREMONIES)
def test_a_ceremony_headline_with_no_exchange_word_is_other(lang, title, text):
    """The headline picks the exchange: the reception, the signing witnessed, the inauguration or the
    joint press appearance, not the talks, message or meeting the lead adds."""
    record = mfa(text, title=title, lang=lang, published="2024-08-21", url=ZH if lang == "zh" else AGENCY)
    assert record.relevant and record.event_type == "other"


@pytest.mark.parametrize(("lang", "title", "text", "kind"), [
    ("en", "Xi Jinping Sends Congratulatory Letter to the Opening Ceremony of the China-LAC Business Summit",
     "On November 21, 2023, President Xi Jinping sent a congratulatory letter to the opening ceremony of the "
     "China-Latin America and the Caribbean Business Summit held in Chongqing.", "message"),
    ("en", "Xi Jinping Holds Talks with Chilean President Gabriel Boric",
     "On October 17, 2023, President Xi Jinping held talks with Chilean President Gabriel Boric in Beijing. "
     "After the talks the two heads of state attended a signing ceremony.", "talks"),
])
def test_a_headline_naming_its_exchange_keeps_it_beside_a_ceremony(lang, title, text, kind):
    assert mfa(text, title=title, lang=lang, published="2023-11-21").event_type == kind


@pytest.mark.parametrize(("title", "text"), [
    ("Wang Yi and Brazilian Foreign Minister Mauro Vieira Attend Launch Ceremony via Video Link",
     "On May 6, 2024, Foreign Minister Wang Yi and Brazilian Foreign Minister Mauro Vieira jointly attended "
     "via video link the launch ceremony of a satellite data centre."),
    ("Chinese, Brazilian FMs attend opening of satellite centre",
     "BEIJING, May 6 (Xinhua) -- Chinese Foreign Minister Wang Yi and Brazilian Foreign Minister Mauro "
     "Vieira on Monday attended via video link a ceremony opening a satellite data centre."),
])
def test_a_ceremony_attended_by_video_is_no_video_call(title, text):
    """Attending a ceremony by video is the ceremony (other), as a summit attended by video is."""
    assert mfa(text, title=title, published="2024-05-07", url=AGENCY).event_type == "other"


def test_a_video_call_stays_a_video_call():
    record = mfa("On May 6, 2024, President Xi Jinping held a video call with Brazilian President Luiz "
                 "Inacio Lula da Silva.", title="Xi Jinping Holds Video Call with Brazilian President Lula",
                 published="2024-05-07")
    assert record.event_type == "video_call"


# ---------------------------------------------------------------- talks and the statement signed there

@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Xi Jinping Holds Talks with Colombian President Gustavo Petro, the Two Heads of State Sign a "
     "Joint Statement",
     "On October 25, 2023, President Xi Jinping held talks with Colombian President Gustavo Petro at the "
     "Great Hall of the People. After the talks, the two heads of state signed a joint statement."),
    ("zh", "王毅同巴巴多斯外长西蒙兹举行会谈并发表联合新闻公报",
     "2024年5月7日，外交部长王毅在北京同巴巴多斯外长西蒙兹举行会谈。会谈后，双方发表联合新闻公报。"),
    ("en", "Xi, Petro hold talks, sign joint statement",
     "BEIJING, Oct. 25 (Xinhua) -- Chinese President Xi Jinping held talks with Colombian President Gustavo "
     "Petro in Beijing on Wednesday."),
])
def test_a_headline_reporting_talks_and_a_statement_is_the_talks(lang, title, text):
    """joint_statement is the page that is the statement's text; a page reporting the talks at which it
    was signed is the talks."""
    record = mfa(text, title=title, lang=lang, published="2023-10-26", url=ZH if lang == "zh" else AGENCY)
    assert record.event_type == "talks"


def test_a_headline_signing_a_communique_is_the_signing_unless_the_page_gives_its_text():
    signing = mfa("On March 26, 2023, Foreign Minister Qin Gang and Honduran Foreign Minister Eduardo "
                  "Enrique Reina signed the joint communique in Beijing. Before the signing they held talks.",
                  title="Qin Gang and Honduran Foreign Minister Reina Sign Joint Communique",
                  published="2023-03-26")
    assert signing.event_type == "other"
    text = mfa("BEIJING, March 26 (Xinhua) -- China and Honduras signed a joint communique on Sunday. The "
               "full text is as follows:\n\nThe two governments agree to establish diplomatic relations.",
               title="China, Honduras sign joint communique", published="2023-03-27", url=AGENCY)
    assert text.event_type == "joint_statement"
    named = mfa("The People's Republic of China and the Republic of Colombia issued the following joint "
                "statement.", title="Joint Statement between the People's Republic of China and the Republic "
                                    "of Colombia on Establishing a Strategic Partnership",
                published="2023-10-26")
    assert named.event_type == "joint_statement"


# ---------------------------------------------------------------- sidelines in the Chinese lead's own words

@pytest.mark.parametrize(("title", "text"), [
    ("习近平会见巴西总统卢拉",
     "2025年5月13日，国家主席习近平在人民大会堂会见来华出席中国－拉共体论坛第四届部长级会议开幕式的巴西总统卢拉。"),
    ("习近平会见哥伦比亚总统佩特罗",
     "2025年5月14日，国家主席习近平会见来华出席中国－拉共体论坛第四届部长级会议并进行国事访问的哥伦比亚总统佩特罗。"),
    ("习近平会见古巴国家主席迪亚斯-卡内尔",
     "当地时间2024年10月23日，国家主席习近平在喀山出席金砖国家领导人第十六次会晤期间，会见古巴国家主席迪亚斯-卡内尔。"),
    ("习近平会见阿根廷总统米莱",
     "当地时间2024年11月18日，二十国集团领导人峰会期间，国家主席习近平在里约热内卢会见阿根廷总统米莱。"),
])
def test_a_meeting_at_a_summit_the_chinese_lead_names_is_on_the_sidelines(title, text):
    assert mfa(text, title=title, lang="zh", published="2025-05-14", url=ZH).event_type == \
        "meeting_on_sidelines"


def test_a_meeting_on_a_state_visit_alone_is_a_meeting():
    record = mfa("2023年4月14日，国家主席习近平在人民大会堂会见来华进行国事访问的巴西总统卢拉。",
                 title="习近平会见巴西总统卢拉", lang="zh", published="2023-04-14", url=ZH)
    assert record.event_type == "meeting"


# ---------------------------------------------------------------- a minister's briefing on a trip

@pytest.mark.parametrize(("title", "text"), [
    ("Wang Yi Talks about the Outcomes of President Xi Jinping's Trip to Brazil",
     "On November 21, 2024, at the end of President Xi Jinping's trip, Wang Yi briefed the accompanying "
     "Chinese journalists on its outcomes, including the talks with President Lula."),
    ("Vice Foreign Minister Ma Zhaoxu Introduces President Xi Jinping's Upcoming State Visit to Peru",
     "On November 8, 2024, Vice Foreign Minister Ma Zhaoxu introduced to the press President Xi Jinping's "
     "upcoming state visit to Peru, where he will hold talks with President Dina Boluarte."),
])
def test_a_ministers_briefing_on_a_heads_trip_is_other_and_not_head_level(title, text):
    record = mfa(text, title=title, published="2024-11-22")
    assert record.event_type == "other" and not record.head_of_state_level


def test_talks_about_a_topic_are_still_talks():
    record = mfa("BRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian "
                 "President Luiz Inacio Lula da Silva on Wednesday during his state visit.",
                 title="Xi, Lula hold talks about trade during state visit", published="2024-11-21",
                 url=AGENCY)
    assert record.event_type == "talks"


# ---------------------------------------------------------------- a signed article under its own title

def test_a_signed_article_under_its_own_title_is_a_message():
    text = ("By Xi Jinping, President of the People's Republic of China\n\n"
            "At the invitation of President Luiz Inacio Lula da Silva, I will soon pay a state visit to "
            "Brazil. I look forward to renewing our friendship.\n\nChina and Brazil are good partners across "
            "the ocean.")
    record = mfa(text, title="Sailing Together Toward a Shared Future", published="2024-11-18")
    assert record.event_type == "message" and not record.head_of_state_level


def test_a_chinese_signed_article_with_its_subtitle_is_a_message():
    text = ("——在巴西《圣保罗页报》发表的署名文章\n中华人民共和国主席 习近平\n\n"
            "应卢拉总统邀请，我即将对巴西进行国事访问。\n\n中巴两国虽然远隔重洋，但友谊源远流长。")
    record = mfa(text, title="携手同行 共创未来", lang="zh", published="2024-11-18", url=ZH)
    assert record.event_type == "message" and not record.head_of_state_level


def test_an_agency_writers_byline_is_no_signed_article():
    text = ("by Xinhua writers Zhang Wei, Li Na\n\nBEIJING, Nov. 14 (Xinhua) -- Chinese President Xi Jinping "
            "will pay a state visit to Brazil from Nov. 20, the foreign ministry announced on Thursday.")
    record = mfa(text, title="Xi to visit Brazil", published="2024-11-14", url=AGENCY)
    assert record.event_type == "state_visit"


# ---------------------------------------------------------------- Nicaragua's Co-Presidents

@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Xi Jinping and Nicaraguan Co-Presidents Daniel Ortega and Rosario Murillo Exchange Messages",
     "On December 10, 2025, President Xi Jinping and Nicaraguan Co-Presidents Daniel Ortega and Rosario "
     "Murillo exchanged congratulatory messages on the anniversary of diplomatic relations."),
    ("zh", "习近平同尼加拉瓜共同总统奥尔特加、穆里略互致贺电",
     "2025年12月10日，国家主席习近平同尼加拉瓜共同总统奥尔特加、穆里略互致贺电，庆祝两国复交四周年。"),
])
def test_nicaraguas_co_presidents_are_heads_of_state(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2025-12-10",
                 url=ZH.replace("202411/t20241120", "202512/t20251210") if lang == "zh" else
                 "https://www.fmprc.gov.cn/eng/xw/zyxw/202512/t20251210_1.html")
    assert record.event_type == "message" and record.head_of_state_level
