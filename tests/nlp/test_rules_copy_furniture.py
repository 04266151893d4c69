"""Copies of a release wrapped in page furniture are coded as the release itself (codebook:
../shared/eval/SCHEMA.md: agency copies "carry menus, bylines and a leading ` date YYYY-MM-DD` marker").
Furniture here: sidebars of other dispatches after the body or before the printed headline, a long
menu block, an embassy banner, a printed headline without a title field. Self-written releases."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa

from nlp.furniture import TRAILER_HEADINGS
from nlp.text import headline_in_text, layout

XINHUA_EN = "https://english.news.cn/20230914/5d6e7f8a9b0c/c.html"
XINHUA_ZH = "http://www.news.cn/politics/2023-09/14/c_1129870001.htm"
EMBASSY_EN = "http://uy.china-embassy.gov.cn/eng/sgxw/202309/t20230914_10000001.htm"

# --------------------------------------------------------------------------------- the pages (invented)
MEET_EN = ("On the morning of September 14, 2023, Vice President Han Zheng met with Uruguayan Foreign "
           "Minister Francisco Bustillo at the Diaoyutai State Guesthouse in Beijing.\n"
           "Han Zheng said China stands ready to expand trade in agricultural products with Uruguay.\n"
           "Bustillo said Uruguay values its relations with China.")
MEET_EN_TITLE = "Vice President Han Zheng Meets with Uruguayan Foreign Minister Francisco Bustillo"
MEET_ZH = ("2023年9月14日上午，国家副主席韩正在北京钓鱼台国宾馆会见乌拉圭外长布斯蒂略。\n"
           "韩正表示，中方愿同乌方扩大农产品贸易。\n布斯蒂略表示，乌方高度重视对华关系。")
MEET_ZH_TITLE = "韩正会见乌拉圭外长布斯蒂略"
PARTY_EN = ("Montevideo, September 12th--Guo Yezhou, Vice Minister of the IDCPC, met here today "
            "with leaders of the Broad Front of Uruguay.\n"
            "The two sides exchanged views on party building and local governance.")
PARTY_EN_TITLE = "Guo Yezhou Meets Leaders of the Broad Front of Uruguay"
# other stories an agency page prints around the release, each with its own dateline and day
OTHER_EN = ["LUSAKA, Sept. 13 (Xinhua) -- Zambia's copper output rose in August, the mines ministry said on "
            "Wednesday.",
            "HANOI, Sept. 13 (Xinhua) -- Vietnam's Prime Minister attended a summit on the sidelines of the "
            "regional forum, state media said."]
OTHER_ZH = ["新华社卢萨卡9月13日电 赞比亚矿业部13日发布数据，8月铜产量同比上升。",
            "新华社河内9月13日电 越南总理13日在地区论坛期间出席峰会。"]
MENU_EN = [
    "Home | China | World | Business | Science | Culture | Sports | Photos | Video | Opinion | Specials",
    "China: Politics | Society | Economy | Diplomacy | Defense | Regions | Hong Kong | Macao | Taiwan",
    "World: Asia | Europe | Americas | Africa | Mideast | Oceania | United Nations | Multilateral | Voices",
    "Business: Markets | Companies | Finance | Industry | Trade | Energy | Technology | Autos | Property",
    "Culture: Arts | Heritage | Books | Films | Music | Travel | Food | Fashion | Lifestyle | Education",
    "Services: About | Contact | Subscribe | Newsletters | Mobile | Apps | Feeds | Sitemap | Archive"]


def coding(record) -> tuple:
    return (record.relevant, record.country, record.event_type, record.event_date, record.content,
            sorted(record.mechanism or []), record.head_of_state_level)


# ------------------------------------------------------------ other dispatches after the body ("Latest")
@pytest.mark.parametrize("heading", ["Latest", "Latest News", "Most Viewed", "Most Viewed in 24 Hours",
                                     "More:", "Trending"])
def test_dispatches_under_an_english_sidebar_heading_after_the_body_are_not_read(heading):
    bare = mfa(MEET_EN, title=MEET_EN_TITLE, published="2023-09-14")
    text = "\n".join([" date 2023-09-14", MEET_EN_TITLE, MEET_EN, heading, *OTHER_EN])
    copy = mfa(text, title=MEET_EN_TITLE, published="2023-09-14", url=XINHUA_EN)
    assert coding(copy) == coding(bare)
    assert "LUSAKA" not in layout(text, MEET_EN_TITLE).clean


@pytest.mark.parametrize("heading", ["最新消息", "最新", "热点新闻", "推荐阅读", "热门推荐", "更多",
                                     "更多>>"])
def test_dispatches_under_a_chinese_sidebar_heading_after_the_body_are_not_read(heading):
    bare = mfa(MEET_ZH, title=MEET_ZH_TITLE, published="2023-09-14", lang="zh")
    text = "\n".join([" date 2023-09-14", MEET_ZH_TITLE, MEET_ZH, heading, *OTHER_ZH])
    copy = mfa(text, title=MEET_ZH_TITLE, published="2023-09-14", lang="zh", url=XINHUA_ZH)
    assert coding(copy) == coding(bare)
    assert copy.event_date == "2023-09-14"


def test_a_sidebar_word_opening_a_sentence_is_no_heading():
    """"Latest", "More", "最新" are also ordinary words: only a line of its own is a heading."""
    text = (f"{MEET_EN}\nThe two sides also reviewed the trade figures of the past year in detail.\n"
            "Latest figures show that bilateral trade grew in the first half of the year, the two sides "
            "noted.\n"
            "More cooperation in agriculture was agreed.")
    assert "Latest figures" in layout(text).clean and "More cooperation" in layout(text).clean
    zh = MEET_ZH + "\n双方还回顾了过去一年的合作成果。\n最新数据显示，上半年双边贸易额同比增长。"
    assert "最新数据" in layout(zh).clean


def test_the_sidebar_headings_are_data():
    assert {"Latest", "Most Viewed", "最新消息", "热点新闻", "更多"} <= set(TRAILER_HEADINGS)


# ------------------------------------------------------------ other dispatches before the printed headline
def test_dispatches_before_the_printed_headline_are_furniture():
    """A "Latest" sidebar above the headline: the first dateline of the page is another story's."""
    bare = mfa(MEET_EN, title=MEET_EN_TITLE, published="2023-09-14")
    text = "\n".join([" date 2023-09-14", MENU_EN[0], "Latest", *OTHER_EN, MEET_EN_TITLE, MEET_EN])
    copy = mfa(text, title=MEET_EN_TITLE, published="2023-09-14", url=XINHUA_EN)
    assert coding(copy) == coding(bare)
    lay = layout(text, MEET_EN_TITLE)
    assert lay.lead().startswith("On the morning of September 14") and "HANOI" not in lay.clean


def test_chinese_dispatches_before_a_short_printed_headline_are_furniture():
    bare = mfa(MEET_ZH, title=MEET_ZH_TITLE, published="2023-09-14", lang="zh")
    text = "\n".join([" date 2023-09-14", "最新消息", *OTHER_ZH, MEET_ZH_TITLE, MEET_ZH])
    copy = mfa(text, title=MEET_ZH_TITLE, published="2023-09-14", lang="zh", url=XINHUA_ZH)
    assert coding(copy) == coding(bare)


def test_a_party_dispatch_keeps_its_own_dateline_below_a_sidebar():
    bare = idcpc(PARTY_EN, title=PARTY_EN_TITLE, published="2023-09-14")
    text = "\n".join([" date 2023-09-14", "Latest", *OTHER_EN, PARTY_EN_TITLE, PARTY_EN])
    copy = idcpc(text, title=PARTY_EN_TITLE, published="2023-09-14", url=XINHUA_EN)
    assert coding(copy) == coding(bare) and copy.event_date == "2023-09-12"


def test_text_above_a_headline_repeated_late_in_the_page_is_kept():
    """The headline printed again at the end (no prose after it) does not blank the report."""
    text = "\n".join([MEET_EN, "Share this story", MEET_EN_TITLE])
    assert layout(text, MEET_EN_TITLE).lead().startswith("On the morning of September 14")


# ------------------------------------------------------------ a long menu block before a short dispatch
def test_a_long_menu_block_does_not_hide_the_dateline():
    bare = idcpc(PARTY_EN, title=PARTY_EN_TITLE, published="2023-09-14")
    text = "\n".join([" date 2023-09-14", *MENU_EN, PARTY_EN_TITLE, PARTY_EN])
    assert len("\n".join(MENU_EN)) > 500
    lay = layout(text, PARTY_EN_TITLE)
    assert lay.dateline is not None and lay.clean[lay.dateline[0]:].startswith("Montevideo")
    copy = idcpc(text, title=PARTY_EN_TITLE, published="2023-09-14", url=XINHUA_EN)
    assert coding(copy) == coding(bare) and copy.event_date == "2023-09-12"


# ------------------------------------------------------------ an embassy banner line
def test_an_embassy_banner_is_no_lead():
    """A name with many lower-case words ("of", "the", "in") and no verb is not running prose."""
    banner = "Embassy of the People's Republic of China in the Oriental Republic of Uruguay"
    forum = ("The China-Latin America and the Caribbean political parties forum, hosted by the "
             "International Department of the CPC Central Committee, was held on September 12 in Montevideo. "
             "Leaders of the Broad Front of Uruguay and of the Communist Party of Chile took part.")
    title = "China-LAC Political Parties Forum Held in Montevideo"
    bare = idcpc(forum, title=title, published="2023-09-14")
    text = "\n".join([banner, "Home > News", title, "2023/09/14", forum])
    assert layout(text, title).lead().startswith("The China-Latin America")
    copy = idcpc(text, title=title, published="2023-09-14", url=EMBASSY_EN)
    assert coding(copy) == coding(bare) and copy.event_date == "2023-09-12"


# ------------------------------------------------------------ a headline printed only in the text
JS_TITLE = "Joint Statement between the People's Republic of China and the Oriental Republic of Uruguay"
JS = ("At the invitation of President Xi Jinping, President Luis Lacalle Pou of Uruguay paid a state visit "
      "to China from November 20 to 24, 2023.\nThe two sides agreed to deepen cooperation in trade and "
      "agriculture.")


def test_a_long_title_case_headline_without_a_title_field_is_the_headline():
    text = "\n".join([JS_TITLE, "Source: Xinhua", JS])
    lay = layout(text)
    assert lay.lead().startswith("At the invitation")
    found = headline_in_text(lay)
    assert found is not None and text[found[0]:found[1]] == JS_TITLE
    bare = mfa(JS, title=JS_TITLE, published="2023-11-22")
    copy = mfa(text, title="", published="2023-11-22", url=XINHUA_EN)
    assert coding(copy) == coding(bare)


@pytest.mark.parametrize("headline, lead, zh", [
    ("Chinese, Uruguayan presidents hold talks in Beijing, agree to lift ties to a comprehensive "
     "strategic partnership",
     "On November 22, 2023, President Xi Jinping held talks with Uruguayan President Luis Lacalle Pou in "
     "Beijing.", False),
    ("习近平同乌拉圭总统拉卡列举行会谈，两国元首宣布建立全面战略伙伴关系",
     "2023年11月22日，国家主席习近平在北京人民大会堂同乌拉圭总统拉卡列举行会谈。", True),
])
def test_a_sentence_case_headline_without_a_title_field_is_no_lead(headline, lead, zh):
    """Agency headlines have the commas and lower-case words of prose but no sentence end."""
    second = "两国元首同意深化各领域合作。" if zh else "The two heads of state agreed to deepen cooperation."
    text = "\n".join([headline, "来源：新华社" if zh else "Source: Xinhua", lead, second])
    lay = layout(text)
    assert lay.lead().startswith(lead)
    found = headline_in_text(lay)
    assert found is not None and text[found[0]:found[1]] == headline


def test_a_first_paragraph_without_a_full_stop_is_still_the_lead_when_it_is_long():
    """Only a headline-long line is taken for a headline: a long first paragraph missing its full stop
    is the lead."""
    lead = ("On November 22, 2023, President Xi Jinping held talks with Uruguayan President Luis Lacalle Pou "
            "in Beijing, and the two heads of state agreed to lift the relations between the two "
            "countries to a comprehensive strategic partnership and to deepen cooperation")
    text = f"{lead}\nThe two sides signed cooperation documents."
    assert layout(text).lead().startswith("On November 22")


def test_a_subtitle_after_a_printed_headline_is_not_taken_for_the_headline():
    """Without a title field, a first line read as prose and headline-long is the printed headline,
    unless a headline-like line stands above it: then it is a subtitle, and the page stays about
    what the headline above it reports (a state visit, not the meetings the subtitle announces)."""
    text = ("财经网\n世界 > 要闻 > 正文\n\n国家主席抵达圣卢西亚开始国事访问\n\n"
            "2026年06月01日 09:55 来源于 财经网\n"
            "这是中国国家元首首次访问该国，还将与地区多国领导人举行双边会晤\n\n"
            "据报道，国家主席习近平当地时间5月31日抵达卡斯特里，开始对圣卢西亚进行国事访问。\n\n"
            "访问期间，双方将签署合作文件。")
    record = mfa(text, title=None, lang="zh", published="2026-06-01",
                 url="http://international.example-news.cn/2026-06-01/100000001.html")
    assert record.event_type == "state_visit" and record.event_date == "2026-05-31"


def test_a_first_line_broken_inside_a_bracket_is_no_printed_headline():
    from nlp.text import layout
    text = ("President Xi Jinping left Beijing Tuesday for state visits to Spain, Argentina and the 13th "
            "Group of 20 (G20\n) summit in Buenos Aires, Argentina.\nXi was invited by the hosts.")
    assert layout(text).lead().startswith("President Xi Jinping left Beijing")
