"""Copies of a release stored as agencies and newspapers store them (campaigns W and K): the coding
must not change with the storage. Self-written releases; names of people, parties and countries are
facts."""

from __future__ import annotations

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
