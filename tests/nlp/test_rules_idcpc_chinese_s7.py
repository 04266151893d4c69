"""Chinese IDCPC pages, campaign seven (self-written in the style of the party's site and its copies;
the names of people, parties and offices are facts)."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc

ZH_URL = "https://www.idcpc.org.cn/bzhd/wshd/202305/t20230510_170001.html"


# --- a state exchange the party's site reprints is no party exchange (relevance: CPC/IDCPC side) ---

@pytest.mark.parametrize("title, text", [
    ("王毅会见委内瑞拉外长", "5月9日，国务委员兼外交部长王毅在京会见委内瑞拉外交部长伊万·希尔。"),
    ("丁薛祥会见巴西副总统", "5月8日，国务院副总理丁薛祥在京会见巴西副总统阿尔克明，双方交换意见。"),
    ("中乌举行外交部政治磋商", "11月8日，外交部副部长在京同乌拉圭外交部副部长举行中乌外交部政治磋商。"),
    ("王毅會見巴西外長", "5月16日，外交部部長王毅在京會見巴西外長維埃拉。"),
])
def test_a_state_side_with_no_cpc_side_on_a_party_page_is_not_relevant(title, text):
    record = idcpc(text, title=title, published="2023-05-10", lang="zh", url=ZH_URL)
    assert record.relevant is False
    assert record.country is None


def test_a_state_side_in_english_on_the_party_site_is_not_relevant():
    text = ("Beijing, May 9th -- Chinese Foreign Minister Wang Yi met with Venezuelan Foreign Minister "
            "Yvan Gil in Beijing. The two sides exchanged views on bilateral relations.")
    record = idcpc(text, title="Wang Yi Meets Venezuelan Foreign Minister", published="2023-05-10")
    assert record.relevant is False


@pytest.mark.parametrize("title, text", [
    # the CPC side named beside the state office
    ("王毅会见智利社会党主席",
     "11月10日，中共中央政治局委员、外交部长王毅在京会见智利社会党主席巴斯克斯。"),
    # an IDCPC official meeting a LAC foreign minister: the office word is the counterpart's
    ("刘建超会见秘鲁外长", "2月20日，中联部部长刘建超在京会见秘鲁外交部长冈萨雷斯-奥拉切亚。"),
    # no Chinese side named at all, the office word owned by the LAC side: the site's own page stands
    ("古巴驻华大使参观浙江", "近日，古巴驻华大使、前外交部副部长佩雷拉一行参观浙江安吉余村。"),
    # a LAC prime minister in a chain of titles the country opens
    ("视频会见巴巴多斯工党领导人", "6月19日，视频会见巴巴多斯工党主席、总理莫特利，就两党关系交换意见。"),
])
def test_the_office_words_do_not_over_fire(title, text):
    record = idcpc(text, title=title, published="2024-02-21", lang="zh", url=ZH_URL)
    assert record.relevant is True


def test_the_english_office_of_a_lac_actor_does_not_over_fire():
    text = ("Beijing, May 9th -- Liu Jianchao, head of the IDCPC, met with Foreign Minister of Peru "
            "Javier Gonzalez-Olaechea in Beijing.")
    record = idcpc(text, title="Liu Jianchao Meets Peruvian Foreign Minister", published="2024-02-21")
    assert record.relevant is True
    assert record.country == "Peru"
