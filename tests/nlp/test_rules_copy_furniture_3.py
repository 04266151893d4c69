"""Copies of a release stored as agencies and newspapers store them (campaigns W and K): the coding
must not change with the storage. Self-written releases; names of people, parties and countries are
facts."""

from __future__ import annotations

from nlp.schema import Record
from nlp.text import layout
from tests.nlp.nlp_helpers import idcpc, mfa

AGENCY_EN = "https://english.news.cn/20240510/0a1b2c3d4e5f/c.html"
AGENCY_ZH = "http://www.news.cn/politics/2024-05/10/c_1130000001.htm"


def one_line(*paragraphs: str) -> str:
    """A copy stored as one line: its paragraphs spaced apart by blanks."""
    return "   ".join(paragraphs)


# --- a short page stored as one line: its lead is its first paragraph, not the whole line --------------
# Bare, the lead is the first paragraph; stored as one line under 600 characters, the whole line was
# the lead, and a LAC country named in a later paragraph made a non-LAC page relevant.
NON_LAC_PAGES = [
    ("Beijing, May 10th--Liu Jianchao, head of the IDCPC, met with Jose Luis Rodriguez Zapatero, former "
     "Prime Minister of Spain.",
     ("Liu said China is willing to deepen exchanges with Spain.",
      "Zapatero recalled that he had visited Mexico and Brazil in his youth.")),
    ("Beijing, May 10th--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the Socialist "
     "Party of Portugal.",
     ("The two sides exchanged views on party building.",
      "The delegation head said he had visited Mexico and Brazil in his youth.")),
]
IDCPC_EN = "https://www.idcpc.org.cn/english/news/202405/t20240510_1.html"


def test_short_one_line_copy_keeps_later_countries_out_of_the_lead() -> None:
    for lead, body in NON_LAC_PAGES:
        bare = idcpc("\n".join((lead, *body)), title="IDCPC Meets Delegation", published="2024-05-10",
                     url=IDCPC_EN)
        stored = idcpc(one_line(lead, *body), title="IDCPC Meets Delegation", published="2024-05-10",
                       url=AGENCY_EN)
        assert bare.relevant is False, lead
        assert stored.relevant is False, lead


def test_short_one_line_copy_with_menu_and_headline_parts() -> None:
    lead, body = NON_LAC_PAGES[0]
    text = one_line(" date 2024-05-10", "Home | China | World | Business", "IDCPC Meets Delegation", lead,
                    *body)
    stored = idcpc(text, title="IDCPC Meets Delegation", published="2024-05-10", url=AGENCY_EN)
    assert stored.relevant is False


VIET_LEAD = ("Beijing, May 10th--Liu Jianchao, head of the IDCPC, met with a delegation of the Communist "
             "Party of Vietnam led by Le Hoai Trung.")
VIET_BODY = ("Liu said the two parties share ideals and should deepen exchanges of experience.",
             "Le Hoai Trung said the delegation values the CPC's experience in governance.")


def test_one_line_lead_is_first_prose_part_after_column_name_and_headline() -> None:
    title = "Liu Jianchao Meets CPV Delegation"
    text = one_line("Exchanges", title, VIET_LEAD, *VIET_BODY)
    lay = layout(text, title)
    assert lay.lead() == VIET_LEAD


def test_one_line_dateline_part_runs_on_into_the_report() -> None:
    """A dateline printed as a part of its own is the lead's start; the lead runs on to the report."""
    text = one_line("新华社北京5月10日电",
                    "中联部部长刘建超10日在京会见古巴共产党代表团，双方就加强两党交流合作交换了意见。",
                    "代表团团长表示，古巴共产党愿同中国共产党加强交流。")
    lay = layout(text, None)
    assert lay.lead().startswith("新华社北京5月10日电")
    assert lay.lead().endswith("交换了意见。")


def test_real_short_lead_with_several_sentences_is_still_the_lead() -> None:
    """Negative: a lead paragraph of several sentences, not stored on one line, stays whole."""
    lead = ("On May 9, 2024, Vice Foreign Minister Ma Zhaoxu met with Peruvian Foreign Minister Javier "
            "Gonzalez-Olaechea. The two sides exchanged views on bilateral relations. They also discussed "
            "cooperation in trade.")
    lay = layout(f"{lead}\nMa said China values its relations with Peru.", None)
    assert lay.lead() == lead
    rec = mfa(one_line(lead, "Ma said China values its relations with Peru."),
              title="Ma Zhaoxu Meets Peruvian FM", published="2024-05-10", url=AGENCY_EN)
    assert rec.relevant is True and rec.country == "Peru"


def test_lead_with_double_spaced_sentences_is_not_split() -> None:
    """Negative: two blanks after a full stop are typing, not a gap between stored paragraphs (three
    blanks or more, or two ideographic spaces): the lead paragraph stays whole."""
    lead = ("Beijing, May 10th--Liu Jianchao, head of the IDCPC, met with a delegation of the Communist "
            "Party of Cuba.  The delegation was led by Roberto Morales Ojeda.")
    lay = layout(f"{lead}\nThe two sides exchanged views on party building.", None)
    assert lay.lead() == lead
    rec = idcpc(lead, title="Liu Jianchao Meets PCC Delegation", published="2024-05-10")
    assert rec.relevant is True and rec.country == "Cuba"


# --- a "Latest" sidebar of other stories above the report, on a copy without a title field -----------
def _coding(rec: Record) -> tuple[object, ...]:
    return (rec.relevant, rec.country, rec.event_type, rec.event_date)


SIDEBAR_EN = ("Latest",
              "NAIROBI, May 9 (Xinhua) -- Kenya's central bank kept its benchmark rate unchanged, citing "
              "stable inflation.",
              "BANGKOK, May 9 (Xinhua) -- Thailand's tourist arrivals kept rising last month, the ministry "
              "said.")
SIDEBAR_HEADLINES = ("Most Read",
                     "Spring sowing in full swing across northern provinces 09:12",
                     "High-speed rail network passes new milestone 08:40",
                     "Beijing hosts international book fair")
CUBA_LEAD = ("On the afternoon of May 10th, Liu Jianchao, head of the IDCPC, met with a delegation of the "
             "Communist Party of Cuba led by Roberto Morales Ojeda.")
CUBA_BODY = "The two sides exchanged views on party building and state governance."


def test_sidebar_of_dispatches_above_a_copy_without_title_is_not_its_lead() -> None:
    bare = idcpc(f"{CUBA_LEAD}\n{CUBA_BODY}", published="2024-05-10", url=IDCPC_EN)
    for sidebar in (SIDEBAR_EN, SIDEBAR_HEADLINES):
        text = "\n".join((" date 2024-05-10", *sidebar, CUBA_LEAD, CUBA_BODY))
        rec = idcpc(text, published="2024-05-10", url=AGENCY_EN)
        assert _coding(rec) == _coding(bare) == (True, "Cuba", "meeting", "2024-05-10"), sidebar[0]


def test_sidebar_zh_above_a_copy_without_title_is_not_its_lead() -> None:
    lead = "2023年4月14日，国家主席习近平在人民大会堂同巴西总统卢拉举行会谈。"
    body = "习近平指出，中巴关系具有战略意义和全球影响。"
    sidebar = ("最新消息", "新华社内罗毕4月13日电 肯尼亚中央银行13日宣布维持基准利率不变。",
               "新华社曼谷4月13日电 泰国旅游部门13日发布数据，入境游客人数持续回升。")
    bare = mfa(f"{lead}\n{body}", published="2023-04-15", lang="zh")
    rec = mfa("\n".join((*sidebar, lead, body)), published="2023-04-15", lang="zh", url=AGENCY_ZH)
    assert _coding(rec) == _coding(bare)
    assert rec.relevant is True and rec.country == "Brazil" and rec.event_date == "2023-04-14"


def test_sidebar_then_printed_headline_keeps_the_headline() -> None:
    headline = "Liu Jianchao Meets Delegation of Communist Party of Cuba"
    text = "\n".join((*SIDEBAR_EN, headline, CUBA_LEAD, CUBA_BODY))
    lay = layout(text, None)
    assert lay.lead() == CUBA_LEAD
    assert headline in lay.clean and "NAIROBI" not in lay.clean


def test_latest_as_an_ordinary_word_is_no_sidebar() -> None:
    """Negative: 'Latest' opening a sentence, and a page's own dispatch lead after a heading-like line
    that no items follow, are the report."""
    lead = ("Latest figures show that trade between China and Brazil grew in 2023, Vice Foreign Minister "
            "Ma Zhaoxu said on Tuesday when he met with Brazilian Foreign Minister Mauro Vieira.")
    assert layout(f"{lead}\n{CUBA_BODY}", None).lead() == lead
    own = ("BEIJING, May 10 (Xinhua) -- Liu Jianchao, head of the IDCPC, met with a delegation of the "
           "Communist Party of Cuba on Friday. The two sides agreed to deepen exchanges of experience in "
           "party building, and the delegation will also visit Fujian province.")
    lay = layout(f"Latest\n{own}\n{CUBA_BODY}", None)
    assert lay.lead() == own


def test_one_line_declaration_keeps_its_place_and_day_with_the_lead() -> None:
    title = "Joint Statement of the Foreign Ministers of China and Uruguay"
    opening = ("We, the Foreign Ministers of the People's Republic of China and the Oriental Republic of "
               "Uruguay, met in Beijing and agreed on the following.")
    body = ("1. The two sides reaffirm their comprehensive strategic partnership.",
            "2. The two sides will hold the next round of consultations on 20 June 2025 in Montevideo.")
    bare = mfa("\n".join(("Beijing, May 13, 2025", opening, *body)), title=title, published="2025-05-14")
    stored = mfa(one_line("Beijing, May 13, 2025", opening, *body), title=title, published="2025-05-14",
                 url=AGENCY_EN)
    lead = layout(one_line("Beijing, May 13, 2025", opening, *body), title).lead()
    assert lead.startswith("Beijing, May 13")
    assert stored.event_date == bare.event_date == "2025-05-13"


def test_short_one_line_roundup_keeps_its_lac_senders() -> None:
    """A roundup stored as one line is read part by part, as its paragraphs: its LAC senders, no
    longer in the lead, are still its entries."""
    paras = ("Leaders of political parties of many countries sent messages of condolences to the CPC Central "
             "Committee over the passing of a veteran leader.",
             "Messages came from the Communist Party of Vietnam, the Communist Party of Cuba, the Sandinista "
             "National Liberation Front and the Lao People's Revolutionary Party, expressing deep sorrow.")
    title = "Foreign Parties Express Condolences"
    bare = idcpc("\n".join(paras), title=title, published="2023-11-03", url=IDCPC_EN)
    stored = idcpc(one_line("Exchanges", "Exchanges", *paras), title=title, published="2023-11-03",
                   url=IDCPC_EN)
    assert bare.relevant is True and bare.country == "multilateral"
    assert (stored.relevant, stored.country) == (bare.relevant, bare.country)


def test_one_line_copy_caption_part_before_the_lead_is_a_caption() -> None:
    """A photo caption printed as a part before the lead is not the lead's start, and its day still
    counts as a caption's does on a copy with line breaks."""
    caption = "图为2024年8月8日拍摄的会谈现场。（新华社记者 李涛 摄）"
    lead = ("应巴西外长维埃拉邀请，外交部长王毅于2024年8月7日至9日对巴西进行正式访问。"
            "8日，王毅在巴西利亚同维埃拉举行会谈。")
    body = ("王毅表示，中方愿同巴方落实两国元首共识。", "会谈后，双方共同会见记者。")
    title = "王毅同巴西外长维埃拉会谈"
    bare = mfa("\n".join((caption, lead, *body)), title=title, published="2024-08-09", lang="zh")
    stored = mfa(one_line(caption, lead, *body), title=title, published="2024-08-09", lang="zh",
                 url=AGENCY_ZH)
    lay = layout(one_line(caption, lead, *body), title)
    assert lay.lead() == lead and len(lay.captions) == 1
    assert stored.event_date == bare.event_date == "2024-08-08"


def test_one_line_signed_article_keeps_its_byline_parts() -> None:
    """A signed article stored as one line: its subtitle and byline are parts of the line above the
    lead, and still make the page the article (a message), not the state visit its text announces."""
    parts = ("——在智利《信使报》发表的署名文章", "中华人民共和国主席 习近平",
             "应博里奇总统邀请，我即将对智利共和国进行国事访问。",
             "中智两国虽然远隔重洋，但友好交往源远流长。")
    title = "携手共创中智关系美好未来"
    caption = "图为2024年11月13日拍摄的活动现场。（新华社记者 李涛 摄）"
    bare = mfa("\n".join(parts), title=title, published="2024-11-13", lang="zh")
    stored = mfa(one_line(caption, *parts), title=title, published="2024-11-13", lang="zh", url=AGENCY_ZH)
    assert bare.event_type == "message"
    assert (stored.event_type, stored.head_of_state_level) == (bare.event_type, bare.head_of_state_level)


def test_a_latest_news_label_above_a_copys_own_headline_time_and_dateline_lead_keeps_the_lead() -> None:
    """A copy opening with an empty "Latest News:" label, a weather line, a breadcrumb, its own headline
    and a time: its one dispatch sentence with a dateline, continued by prose, is its own lead (a
    sidebar of other dispatches lists several)."""
    lead = ("LIMA, Nov. 20 (Xinhua) -- Chinese Vice Premier Hu Chunhua arrived here Wednesday for an "
            "official visit to Peru.")
    body = ("In a written statement on arrival, Hu praised the friendship between the two countries.\n"
            "He said he looks forward to meeting Peruvian leaders on trade and investment.")
    top = ("Latest News:  ", "Beijing   Sunny   12 / 2 ℃  City Forecast", "Home>>World",
           "Chinese vice premier arrives in Peru for visit", "08:15, November 21, 2019")
    text = "\n".join((*top, lead, body))
    rec = mfa(text, published="2019-11-21", url=AGENCY_EN)
    bare = mfa(f"{lead}\n{body}", published="2019-11-21", url=AGENCY_EN)
    assert _coding(rec) == _coding(bare)
    assert rec.relevant is True and rec.country == "Peru"


def test_a_related_news_line_after_a_one_line_roundups_last_entry_does_not_make_it_an_outsiders() -> None:
    """A roundup stored as one line with its furniture: the "Related news" after the last entry (a
    LAC sender named after "said", as agency roundups write it) names Europe; only a speaker after a
    closed quotation makes an entry an outside sender's, not a name further on."""
    paragraphs = ["BEIJING, Oct. 23 (Xinhua) -- Political party leaders worldwide have congratulated the "
                  "CPC Central Committee on the convening of its national congress.", "",
                  "The congress is of great importance for the world, said Jean Dupont, leader of a French "
                  "left party.", "",
                  "The congress is an event of historic significance, said Maria Souza, a senator of Brazil"]
    top = ["Home | China | World | Business", "Share on Facebook  Share on Twitter  Print",
           "By Staff Writer | Updated: 2022-10-24 10:22"]
    bottom = ["Related news", "Premier meets visiting European leader", "Copyright. All rights reserved."]
    title = "Highlights of congratulatory messages"
    bare = idcpc("\n".join(paragraphs), title=title, published="2022-10-24", url=AGENCY_EN)
    rec = idcpc(" ".join([*top, *paragraphs, *bottom]), title=title, published="2022-10-24", url=AGENCY_EN)
    assert bare.relevant is True and bare.country == "Brazil"
    assert _coding(rec) == _coding(bare)
