"""What is known of the release page templates, gathered as data in one place.

Each ``Layout`` says how to recognise a template (XPath markers and/or text formulas printed
on the page) and where its title, printed date and body sit. The site notes
(``../shared/sites/README.md`` §1.4-1.5, §2.5) are the source of the MFA entries; IDCPC
markup has never been seen, so its entries key on the text formulas the stored copies show
("( 2019.08.17 )", "2023.08.08 / Source:", "作者:" / "责任编辑:") more than on selectors.
When a layout changes, this is the file to edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


def has_class(name: str) -> str:
    """XPath predicate: the element's class list holds ``name`` as a whole word."""
    # The cheap "contains(@class, name)" first: most elements fail it before the costly concat.
    return f"(contains(@class, '{name}') and contains(concat(' ', normalize-space(@class), ' '), ' {name} '))"


@dataclass(frozen=True)
class Layout:
    """One page template: how to recognise it and where its parts are."""

    template: str  # name used in ParsedPage.template (see SCRAPER_CONTRACT.md)
    markers: tuple[str, ...] = ()  # XPath; at least one must match (none given = no check)
    formulas: tuple[re.Pattern[str], ...] = ()  # all must match the page's visible text
    title: tuple[str, ...] = ()  # XPath of the title element (or attribute), in order
    date: tuple[str, ...] = ()  # XPath of elements whose text holds the printed date
    date_formulas: tuple[re.Pattern[str], ...] = ()  # printed date formulas in the page text
    body: tuple[str, ...] = ()  # XPath of the body container, in order
    by_lang: dict[str, str] = field(default_factory=dict)  # one markup, two names (zh/en)


# Formulas printed on IDCPC pages (stored copies, sites/README §1.4).
IDCPC_OLD_DATE = re.compile(r"\(\s*((?:19|20)\d{2}\.\d{1,2}\.\d{1,2})\s*\)")
IDCPC_2023_DATE = re.compile(r"((?:19|20)\d{2}\.\d{1,2}\.\d{1,2})\s*/\s*Source\s*:")
IDCPC_ZH_FIELDS = re.compile(r"责任编辑\s*[:：]")
IDCPC_ZH_DATE = re.compile(r"发布时间\s*[:：]\s*((?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?)")

_TRS_BODY = f"//div[{has_class('TRS_Editor')}]"

# Most specific first: MFA templates have distinctive ids/classes; the IDCPC ones are
# recognised by their printed formulas.
LAYOUTS: tuple[Layout, ...] = (
    Layout(
        template="mfa_news_details",
        markers=(f"//div[{has_class('news-details')}]",),
        title=(f"//div[{has_class('news-title')}]/h1", "//meta[@name='ArticleTitle']/@content"),
        date=(f"//div[{has_class('news-title')}]//p[{has_class('time')}]", "//*[@id='News_Body_Time']"),
        body=(
            "//*[@id='News_Body_Txt_A']//div[contains(@class, 'TRS_UEDITOR')]",
            "//*[@id='News_Body_Txt_A']",
        ),
        by_lang={"zh": "mfa_zh_news_details", "en": "mfa_en_news_details"},
    ),
    Layout(
        template="mfa_zh_vibox",
        markers=(f"//div[{has_class('vibox')}]",),
        title=("//*[@id='News_Body_Title']",),
        date=("//*[@id='News_Body_Time']",),
        body=("//*[@id='News_Body_Txt_A']",),
    ),
    Layout(
        template="mfa_en_content_mod",
        markers=(f"//div[{has_class('content_mod')}]",),
        title=(f"//div[{has_class('content_mod')}]//h2[{has_class('title')}]",),
        date=("//*[@id='News_Body_Time']",),
        body=(f"//div[{has_class('content_mod')}]//div[{has_class('content')}]",),
    ),
    Layout(
        template="mfa_en_2025",
        markers=(f"//*[{has_class('news_header_title')}]", f"//*[{has_class('content_text')}]"),
        title=(f"//*[{has_class('news_header_title')}]", "//meta[@name='ArticleTitle']/@content"),
        date=(f"//*[{has_class('xltime')}]",),
        body=(f"//*[{has_class('content_text')}]", "//*[@id='News_Body_Txt_A']"),
    ),
    Layout(
        template="idcpc_en_2023",
        formulas=(IDCPC_2023_DATE,),
        title=(f"//div[{has_class('article')}]/h1", "//h1"),
        date_formulas=(IDCPC_2023_DATE,),
        body=(_TRS_BODY,),
    ),
    Layout(
        template="idcpc_en_old",
        formulas=(IDCPC_OLD_DATE,),
        title=(f"//div[{has_class('con_title')}]", "//h1", "//h2"),
        date_formulas=(IDCPC_OLD_DATE,),
        body=(_TRS_BODY,),
    ),
    Layout(
        template="idcpc_zh",
        formulas=(IDCPC_ZH_FIELDS,),
        title=(f"//*[{has_class('xl_title')}]", "//h1", "//h2"),
        date_formulas=(IDCPC_ZH_DATE,),
        body=(_TRS_BODY,),
    ),
)

# ---------------------------------------------------------------- generic chain (§2.5)
GENERIC_TITLE: tuple[str, ...] = (
    "//meta[@name='ArticleTitle']/@content",
    "//*[@id='News_Body_Title']",
    "//h1",
    f"//div[{has_class('title')}]",
)
# Suffixes of <title> (the last title fallback).
TITLE_SUFFIXES = re.compile(
    r"\s*(?:[_—–-]+\s*中华人民共和国外交部|_?Ministry of Foreign Affairs.*|[_—–-]+\s*中共中央对外联络部)\s*$"
)
GENERIC_BODY: tuple[str, ...] = (
    "//*[@id='News_Body_Txt_A']",
    "//div[contains(@class, 'TRS_UEDITOR')]",
    "//div[contains(@class, 'TRS_Editor')]",
    f"//*[{has_class('news_content')}]",
    "//*[@id='News_Body_Txt']",
    f"//div[{has_class('content')}]",
    "//*[@id='content']",
)
GENERIC_DATE: tuple[str, ...] = ("//*[@id='News_Body_Time']", f"//*[{has_class('time')}]")
PUBDATE_META = "//meta[@name='PubDate']/@content"
# Column names: repeated at the top of a body (breadcrumb + heading) they are not release text.
COLUMN_NAMES = (
    "//meta[@name='ColumnName']/@content",
    "//*["
    + " or ".join(has_class(c) for c in ("break", "nav", "urhere", "crumb", "position"))
    + "]//a[last()]",
    f"//*[{has_class('column_name')} or {has_class('lmname')}]",
)
# Old TRS pages mark the body with a pair of empty meta tags.
CONT_START = re.compile(r"<meta\s+name=[\"']?TRSWCM\.ContStart[^>]*>", re.IGNORECASE)
CONT_END = re.compile(r"<meta\s+name=[\"']?TRSWCM\.ContEnd[^>]*>", re.IGNORECASE)

# ---------------------------------------------------------------- boilerplate
# Removed wherever they sit: scripts, hidden related-news/appendix lists, widgets.
DROP_TAGS = frozenset("script style noscript iframe select input button textarea".split())
DROP_IDS = frozenset(
    "appendix_list relnews_list appendix-list relnews-list id_RelNewsList Appendix_article "
    "News_Body_source".split()
)
DROP_CLASSES = frozenset("action lan_btn news-foot bshare-custom share tool con_tool article_share".split())
# A class dropped only inside a container of another class: the "info" line of IDCPC video pages.
DROP_CLASSES_INSIDE = {"info": "vibox"}
HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
# Whole lines that are widgets or empty bylines, never release text.
BOILERPLATE_LINE = re.compile(
    r"^\s*(?:"
    r"enditem|end\s*item"
    r"|[【\[]?\s*(?:打印|打印本页|关闭|关闭窗口|print|close)\s*[】\]]?"
    r"|[【\[]?\s*(?:字体|字号)\s*[:：]?.{0,12}[】\]]?"
    r"|[【\[]\s*[中大小]\s*[中大小]\s*[中大小]\s*[】\]]"
    r"|(?:作者|责任编辑|编辑|来源)\s*[:：].{0,20}"
    r"|suggest to a friend.*|分享到.{0,20}|share\s*(?:to)?\s*[:：]?"
    r"|相关新闻|相关附件|附件|related news\s*:?|appendix\s*:?"
    r")\s*$",
    re.IGNORECASE,
)
# A trailer glued to the last sentence: "... cooperation. Enditem"
TRAILING_ENDITEM = re.compile(r"\s*\bEnd\s?item\s*\.?\s*$", re.IGNORECASE)
# In the generic chain: everything from one of these on is page furniture.
CUT_FROM = re.compile(r"【打印】|【关闭】|\[Print\]|\[Close\]|分享到")

# ---------------------------------------------------------------- plausibility
MIN_BODY_CHARS = {"zh": 20, "en": 60}
