"""Counterpart parties on IDCPC-type pages (codebook: `contacts` and the parties list every LAC party
the page names as taking part): a party a counterpart holds a post in, named after his government
office; people present at one conversation; photo captions above the lead; party names whose head
noun agency English writes lower-case. Self-written releases; the names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

from nlp.gazetteer import lower_head_pattern

AGENCY = "http://en.example-agency.cn/n3/2023/0605/c90000-2.html"
AGENCY_ZH = "http://paper.example-daily.cn/content/202306/05/content_2.html"

BARBADOS_LEAD = ("Beijing, March 14th--Liu Jianchao, Minister of the IDCPC, met here today with Mia "
                 "Mottley, Prime Minister of Barbados.\n")


# ---------------------------------------------------------------- a post in a party, named later

@pytest.mark.parametrize("later", [
    "Mottley, who is also leader of the Barbados Labour Party, thanked the CPC for its support.",
    "Mottley, also political leader of the Barbados Labour Party, said her country values the exchanges.",
    "Mottley, a founding member of the Barbados Labour Party's youth arm, recalled her first visit.",
])
def test_a_government_head_whose_party_post_comes_in_a_later_sentence_belongs_to_that_party(later):
    """One meeting with a prime minister: the party she leads, named after her office in the next
    sentence, is hers, and so takes part."""
    record = idcpc(BARBADOS_LEAD + later, title="Liu Jianchao Meets with Prime Minister of Barbados",
                   published="2023-03-15")
    assert record.event_type == "meeting"
    assert parties(record) == {"Barbados Labour Party"}
    people = {c.name: (c.kind, c.party) for c in record.contacts}
    assert people["Mia Mottley"] == ("government", "Barbados Labour Party")


def test_a_chinese_page_gives_the_heads_party_post_in_a_later_sentence():
    text = ("3月14日，中联部部长刘建超在京会见巴巴多斯总理莫特利。\n"
            "刘建超表示，中方愿同巴方加强交流。\n"
            "莫特利同时担任巴巴多斯工党领袖。她感谢中方的支持。")
    record = idcpc(text, title="刘建超会见巴巴多斯总理", lang="zh", published="2023-03-15")
    assert parties(record) == {"Barbados Labour Party"}


@pytest.mark.parametrize("later", [
    # what she did, not a post she holds
    "Mottley, who met the leader of the Barbados Labour Party's rivals last week, thanked the CPC.",
    # a topic of what was said
    "Liu said the CPC values its friendship with the Barbados Labour Party.",
    # a post of someone who is no counterpart
    "Owen Arthur, a former leader of the Barbados Labour Party, once visited China.",
])
def test_a_party_a_later_sentence_names_otherwise_takes_no_part_in_a_meeting_with_a_head(later):
    record = idcpc(BARBADOS_LEAD + later, title="Liu Jianchao Meets with Prime Minister of Barbados",
                   published="2023-03-15")
    assert parties(record) == set()


# ---------------------------------------------------------------- present at one conversation

HONDURAS_LEAD = ("Beijing, June 13th--Liu Jianchao, Minister of the IDCPC, met here today with "
                 "Eduardo Enrique Reina, Minister of Foreign "
                 "Affairs of Honduras.\nLiu said the CPC is ready to deepen exchanges with Honduras.\n")


@pytest.mark.parametrize("later", [
    "Also present at the meeting were members of the national leadership of Liberty and Refoundation.",
    "Reina was accompanied by leaders of Liberty and Refoundation.",
    "Present at the meeting were leaders of Liberty and Refoundation.",
    "The Honduran delegation also included officials of Liberty and Refoundation.",
])
def test_a_party_whose_people_were_present_at_a_meeting_with_a_minister_takes_part(later):
    record = idcpc(HONDURAS_LEAD + later, title="Liu Jianchao Meets with Honduran Foreign Minister",
                   published="2023-06-14")
    assert parties(record) == {"Liberty and Refoundation"}


@pytest.mark.parametrize("later, expected", [
    ("洪都拉斯自由与重建党全国领导委员会委员在座。", {"Liberty and Refoundation"}),
    ("洪都拉斯自由与重建党国际关系书记陪同会见。", {"Liberty and Refoundation"}),
    ("刘建超表示，中共愿同洪都拉斯自由与重建党加强交流。", set()),
])
def test_a_chinese_page_names_who_was_present_at_a_meeting_with_a_minister(later, expected):
    text = "6月13日，中联部部长刘建超在京会见洪都拉斯外长雷纳。\n" + later
    record = idcpc(text, title="刘建超会见洪都拉斯外长", lang="zh", published="2023-06-14")
    assert parties(record) == expected
    assert all(c.name not in ("参加", "陪同", "在座") for c in record.contacts)


# ---------------------------------------------------------------- photo captions above the lead

def _xinhua(caption: str, led_by: str) -> str:
    return (" date 2023-06-05\nSenior CPC official meets Chilean delegation\n"
            "Source: Xinhua| 2023-06-05 20:31:09|Editor: Wang Lin\n"
            f"{caption} (Xinhua/Zhang Cheng)\n"
            "BEIJING, June 5 (Xinhua) -- Liu Jianchao, head of the International Department of the CPC "
            f"Central Committee, met with a Chilean delegation led by {led_by} in Beijing on Monday.\n"
            "Liu said China is ready to work with Chile for common development.\nEnditem\n")


def test_a_caption_of_the_same_meeting_gives_the_counterparts_party():
    caption = ("Liu Jianchao (R), head of the International Department of the CPC Central Committee, meets "
               "with Paulina Vodanovic, president of the Socialist Party of Chile, in Beijing, capital of "
               "China, June 5, 2023.")
    record = idcpc(_xinhua(caption, "Paulina Vodanovic"), title="Senior CPC official meets Chilean guests",
                   url=AGENCY, published="2023-06-05")
    assert parties(record) == {"Socialist Party of Chile"}
    assert {c.name: c.party for c in record.contacts}["Paulina Vodanovic"] == "Socialist Party of Chile"


def test_a_caption_of_other_people_gives_no_party():
    caption = ("Liu Jianchao (R), head of the International Department of the CPC Central Committee, meets "
               "with Paulina Vodanovic, president of the Socialist Party of Chile, in Beijing, capital of "
               "China, May 12, 2023.")
    record = idcpc(_xinhua(caption, "Gabriel Silber"), title="Senior CPC official meets Chilean delegation",
                   url=AGENCY, published="2023-06-05")
    assert parties(record) == set()


def test_a_chinese_caption_with_a_bare_photo_credit_gives_the_counterparts_party():
    text = (" date 2023-06-05\n刘建超会见智利客人\n2023-06-05 19:30:00 来源：新华网\n"
            "6月5日，中联部部长刘建超在北京会见智利社会党主席沃达诺维奇。新华社记者 张成 摄\n"
            "新华社北京6月5日电 中共中央对外联络部部长刘建超5日在京会见智利客人沃达诺维奇。\n"
            "刘建超表示，中方愿同智方加强交流。\n")
    record = idcpc(text, title="刘建超会见智利客人", lang="zh", url=AGENCY_ZH, published="2023-06-05")
    assert parties(record) == {"Socialist Party of Chile"}


def test_a_delegation_the_cpc_side_meets_is_not_a_cpc_delegation():
    """"the CPC Central Committee, met with a delegation led by X": X leads the guests' delegation."""
    text = ("BEIJING, June 5 (Xinhua) -- Liu Jianchao, head of the International Department of the CPC "
            "Central Committee, met with a delegation led by Paulina Vodanovic in Beijing on Monday.")
    record = idcpc(text, title="Senior CPC official meets Chilean guests", url=AGENCY, published="2023-06-05")
    assert "Paulina Vodanovic" in {c.name for c in record.contacts}


# ---------------------------------------------------------------- a lower-case head noun

@pytest.mark.parametrize("title, text, expected", [
    ("Chinese official meets Chilean guests", "BEIJING, June 5 (Xinhua) -- Liu Jianchao met with a "
     "delegation of the Socialist party of Chile in Beijing on Monday.", "Socialist Party of Chile"),
    ("Chinese official meets Dominican guests", "BEIJING, June 5 (Xinhua) -- Liu Jianchao met with a "
     "delegation of the Dominican Liberation party in Beijing on Monday.", "Dominican Liberation Party"),
    ("Chinese official meets Barbadian guests", "BEIJING, June 5 (Xinhua) -- Liu Jianchao met with a "
     "delegation of the Barbados Labour party in Beijing on Monday.", "Barbados Labour Party"),
    ("CPC sends congratulations to Nicaragua", "BEIJING, June 5 (Xinhua) -- The CPC Central Committee "
     "on Monday sent a message of congratulations to Nicaragua's ruling Sandinista party.",
     "Sandinista National Liberation Front"),
])
def test_a_party_name_with_a_lower_case_head_noun_is_that_party(title, text, expected):
    record = idcpc(text, title=title, url=AGENCY, published="2023-06-05")
    assert parties(record) == {expected}


def test_a_common_phrase_with_a_lower_case_head_noun_names_no_party():
    text = ("BEIJING, June 5 (Xinhua) -- Liu Jianchao met with Cuban guests in Beijing on Monday.\n"
            "The two sides exchanged views on how a Communist party governs and how a workers' party "
            "organises.")
    record = idcpc(text, title="Chinese official meets Cuban guests", url=AGENCY, published="2023-06-05")
    assert parties(record) == set()


@pytest.mark.parametrize("alias, lowered", [
    ("Communist Party of Cuba", True),
    ("Sandinista National Liberation Front", True),
    ("Workers' Party", False),  # only common words: "a Workers' party" is prose
    ("Party for Democracy", False),  # the head noun opens the name
    ("FSLN", False),
])
def test_which_names_may_lower_their_head_noun(alias, lowered):
    assert (lower_head_pattern(alias, exact=alias.isupper()) is not None) == lowered


@pytest.mark.parametrize("ending", [".", ". The two sides exchanged views."])
def test_a_mixed_case_acronym_at_the_end_of_a_sentence_is_read(ending):
    """spaCy keeps "PCdoB." as one token (it splits a full stop after two capitals, not after
    "oB"), so the Communist Party of Brazil named last in a sentence was lost."""
    text = ("Beijing, May 10th--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of "
            "Brazil's Workers' Party. The delegation also included cadres of the PCdoB" + ending)
    record = idcpc(text, title="Qian Hongshan Meets Brazilian Party Delegation", published="2023-05-11")
    assert "Communist Party of Brazil" in parties(record)
