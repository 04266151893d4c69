"""IDCPC pages that are exchanges with LAC actors written in unusual shapes (the LAC side named only
by a person, a quote for a headline, captions only, a CPC event in the lead), and pages of the same
shapes that are no such exchange. Self-written releases; the names of people and parties are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc

# --- a former head's full Chinese name is his, not the name of the head in office it contains:
# 劳尔·卡斯特罗 (Raúl Castro, Cuba) holds 卡斯特罗, the rendering of Xiomara Castro (Honduras, from 2022)

FORMER_HEAD_ZH = [
    ("習近平總書記5月31日致電勞爾·卡斯特羅同志，祝賀他92歲生日。", "習近平致電勞爾·卡斯特羅",
     "2023-06-01"),
    ("6月3日，中联部部长刘建超会见劳尔·卡斯特罗同志的特使。", "刘建超会见劳尔·卡斯特罗同志特使",
     "2023-06-04"),
    ("劳尔·卡斯特罗同志致函习近平总书记，祝贺中国共产党成立102周年。", "劳尔·卡斯特罗致函习近平",
     "2023-07-01"),
]


@pytest.mark.parametrize(("text", "title", "published"), FORMER_HEAD_ZH)
def test_former_head_full_zh_name_is_his_country(text: str, title: str, published: str) -> None:
    rec = idcpc(text, title=title, published=published, lang="zh")
    assert rec.relevant
    assert rec.country == "Cuba"


def test_head_in_office_short_zh_name_still_names_his_country() -> None:
    """Not over-fired: 卡斯特罗 alone, after a meeting verb, is still Xiomara Castro's."""
    rec = idcpc("2023年6月3日，中联部部长刘建超会见希奥马拉·卡斯特罗总统的特使。",
                title="刘建超会见卡斯特罗总统特使", published="2023-06-04", lang="zh")
    assert rec.country == "Honduras"
