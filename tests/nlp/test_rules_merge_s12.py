"""Rules the twelfth session's merges added or mended (self-written releases)."""

from __future__ import annotations

from nlp.extract import extract_pages
from nlp.schema import Document

GENERIC_MFA_EN = Document(
    url="https://www.fmprc.gov.cn/eng/zxxx/202309/t20230926_1.html", source="mfa", lang="en",
    title="Wang Yi Meets Several Foreign Ministers in New York", published="2023-09-26",
    text=("On September 24, Wang Yi met in New York with Cuban Foreign Minister Bruno "
          "Rodriguez Parrilla.\n\n"
          "Wang said China's friendship with Cuba has stood every test, and that the cooperation "
          "China pursues with Brazil, Mexico and other countries of the region serves the Global "
          "South as a whole.\n\n"
          "Wang Yi also met with Uruguayan Foreign Minister Omar Paganini the same day.\n\n"
          "Paganini said Uruguay hopes to sign a free trade agreement soon and will keep Argentina "
          "and Paraguay, its partners in the bloc, informed."))

GENERIC_MFA_ZH = Document(
    url="https://www.mfa.gov.cn/web/wjbz/xghd/202309/t20230926_2.shtml", source="mfa", lang="zh",
    title="王毅会见有关国家外长", published="2023-09-26",
    text=("当地时间9月24日，王毅在纽约会见古巴外长罗德里格斯。\n\n"
          "王毅表示，中古友谊经受住了考验。中方同巴西、墨西哥等地区国家的合作有利于全球南方。\n\n"
          "同日，王毅还会见了乌拉圭外长帕加尼尼。\n\n"
          "帕加尼尼表示，乌方重视自贸协定谈判，阿根廷、巴拉圭等伙伴也十分关注。"))


def _items(doc: Document) -> list[tuple[str | None, str | None]]:
    records = next(iter(extract_pages([doc])))
    return [(r.country, r.event_type) for r in records]


def test_generic_mfa_headline_items_open_with_an_exchange() -> None:
    """Under a foreign-ministry headline naming its counterparts only as a group, a paragraph that
    goes on about the meeting before it (what was said, other countries named in it) is that
    meeting's, not an exchange of its own: the items are the two meetings."""
    assert [c for c, _ in _items(GENERIC_MFA_EN)] == ["Cuba", "Uruguay"]
    assert [c for c, _ in _items(GENERIC_MFA_ZH)] == ["Cuba", "Uruguay"]


def test_generic_mfa_headline_items_keep_their_type() -> None:
    assert {t for _, t in _items(GENERIC_MFA_EN)} == {"meeting"}
    assert {t for _, t in _items(GENERIC_MFA_ZH)} == {"meeting"}


def test_those_present_at_the_meeting_open_no_item() -> None:
    """A ministry page closes a meeting's paragraph with those present at it (X参加会见): that
    paragraph names no exchange of its own, also when they are a LAC embassy's staff."""
    text = ("9月24日，王毅在纽约会见古巴外长罗德里格斯。\n\n"
            "古巴常驻联合国代表参加会见。\n\n"
            "同日，王毅还会见了乌拉圭外长帕加尼尼。\n\n"
            "乌拉圭驻华大使在座。")
    doc = Document(url=GENERIC_MFA_ZH.url, source="mfa", lang="zh", title=GENERIC_MFA_ZH.title,
                   published="2023-09-26", text=text)
    assert [c for c, _ in _items(doc)] == ["Cuba", "Uruguay"]
