"""HTML of the local site's pages, in the structure of the real ones (templates/*.html).

Only structure is copied from the real sites: element ids and classes, the hidden widgets
and related-news lists, the pagination scripts, the printed date formulas. Every word of
content comes from the SampleRelease objects, which are self-written.
"""

from __future__ import annotations

import html
import posixpath
import re
from functools import cache
from pathlib import Path
from string import Template
from urllib.parse import urlsplit

from nlp.dates import find_date

TEMPLATES = Path(__file__).with_name("templates")
ARTICLE_TEMPLATES = (
    "idcpc_en_old",
    "idcpc_en_2023",
    "idcpc_zh",
    "mfa_zh_vibox",
    "mfa_zh_news_details",
    "mfa_en_content_mod",
    "mfa_en_news_details",
    "mfa_en_2025",
)
# The ZH "news-details" template replaced "vibox" for items published from ~2021-12-09 on
# (sites/README §2.5 A-B); older items re-hung on the new site keep the vibox markup.
NEWS_DETAILS_SINCE = "2021-12-09"
_OLD_FILE = re.compile(r"/t\d{5,8}\.s?html?$")

# Column names shown in breadcrumbs and headings (the sections of scraper/sources.toml).
COLUMNS = {
    "idcpc_en_news": "News",
    "idcpc_en2023_lldt": "Liaison Activities",
    "idcpc_en2023_bzhd": "Minister's Activities",
    "idcpc_en2023_ttxw": "Headlines",
    "idcpc_zh_lldt": "联络动态",
    "mfa_zh_leaders": "领导人活动",
    "mfa_zh_leaders_2015": "领导人活动",
    "mfa_zh_topnews": "重要新闻",
    "mfa_zh_minister": "部长活动",
    "mfa_zh_statements": "声明公报",
    "mfa_zh_lac_countries": "相关新闻",
    "mfa_en_topnews_2015": "Top News",
    "mfa_en_topnews": "Top News",
    "mfa_en_minister_2015": "Activities",
    "mfa_en_communiques_2015": "Communiques",
    "mfa_en_lac_2015": "Latin America and the Caribbean",
    "mfa_en_news": "Important News",
    "mfa_en_minister": "Minister's Activities",
    "mfa_en_communiques": "Documents",
}


@cache
def template(name: str) -> Template:
    return Template((TEMPLATES / f"{name}.html").read_text(encoding="utf-8"))


def esc(text: str) -> str:
    return html.escape(text or "", quote=True)


def column_name(section: str, lang: str) -> str:
    return COLUMNS.get(section) or ("新闻" if lang == "zh" else "News")


def article_template(release, section_template: str | None) -> str:
    """Template a release is served in: its section's, with the dated ZH switch."""
    url = release.url
    if release.site == "idcpc":
        if release.lang == "zh":
            return "idcpc_zh"
        return "idcpc_en_2023" if "/english2023/" in url else "idcpc_en_old"
    if release.lang == "zh":
        if _OLD_FILE.search(url) or release.published < NEWS_DETAILS_SINCE:
            return "mfa_zh_vibox"
        return "mfa_zh_news_details"
    if _OLD_FILE.search(url):
        return "mfa_en_content_mod"
    if section_template in ARTICLE_TEMPLATES and section_template.startswith("mfa_en"):
        return section_template
    return "mfa_en_2025" if re.search(r"/eng/(xw|wjb|zy)/", url) else "mfa_en_news_details"


def relative(from_url: str, to_url: str) -> str:
    """Relative link from a page to another on the same host (``./t1714387.shtml``)."""
    base = posixpath.dirname(urlsplit(from_url).path) or "/"
    rel = posixpath.relpath(urlsplit(to_url).path, base)
    return rel if rel.startswith("..") else "./" + rel


def _split_inline(text: str, tag_open: str, tag_close: str) -> str:
    """MS-Word pasting habit: one paragraph cut into inline runs, mid-word."""
    if len(text) < 12:
        return tag_open + esc(text) + tag_close
    cut = len(text) // 2
    return tag_open + esc(text[:cut]) + tag_close + tag_open + esc(text[cut:]) + tag_close


def body_html(release, name: str) -> str:
    """The body paragraphs in the markup habits of each template."""
    paras = [p for p in release.paragraphs if p and p.strip()]
    out: list[str] = []
    if name == "mfa_zh_vibox":
        out.append('<P style="FONT-FAMILY: arial; FONT-SIZE: 14px">\u3000\u3000</P>')
        span = '<SPAN style="FONT-FAMILY: arial; FONT-SIZE: 14px">'
        for p in paras:
            out.append(
                '<P style="FONT-FAMILY: arial; FONT-SIZE: 14px">\u3000\u3000'
                + _split_inline(p, span, "</SPAN>")
                + " </P>"
            )
    elif name == "mfa_en_content_mod":
        img = f"./W0{release.published.replace('-', '')}5{release.id % 10**9:09d}.jpg"
        out.append(
            f'<P style="FONT-FAMILY: arial; FONT-SIZE: 14px" align=center><IMG src="{img}" '
            f'OLDSRC="{img[2:]}"/></P>'
        )
        span = '<SPAN style="FONT-FAMILY: arial; FONT-SIZE: 14px">'
        for p in paras:
            out.append(
                '<P style="FONT-FAMILY: arial; FONT-SIZE: 14px">'
                + _split_inline(p, span, "</SPAN>")
                + "&nbsp;</P>"
            )
    elif name in ("mfa_zh_news_details", "mfa_en_news_details"):
        out += [f'<p style="text-indent: 2em;">{esc(p)}</p>' for p in paras]
    elif name == "idcpc_en_old":
        out += [f"<p>{esc(p)}</p>" for p in paras]
        if release.id % 2 and out:
            out[-1] = out[-1][:-4] + " Enditem</p>"  # the trailer glued to the last sentence
        else:
            out.append("<p>Enditem</p>")
    elif name == "idcpc_zh":
        out += [f'<p style="text-indent:2em">{esc(p)}</p>' for p in paras]
    else:
        out += [f"<p>{esc(p)}</p>" for p in paras]
    return "\n".join(out)


def related_html(release, others: list, name: str) -> str:
    """Hidden related-news entries (other releases' titles: must never reach the body text)."""
    items = []
    for other in others[:4]:
        href = esc(relative(release.url, other.url))
        title = esc(other.title)
        if name in ("mfa_zh_news_details", "mfa_en_news_details"):
            items.append(f'<dd><a href="{href}" target="_blank">{title}</a></dd>')
        else:
            items.append(f'<li><a href="{href}" target="_blank">{title}</a></li>')
    return "\n".join(items)


def render_article(release, name: str, section: str, others: list, charset: str = "utf-8") -> str:
    """The full page of one release in template ``name``."""
    old_file = bool(_OLD_FILE.search(release.url))
    time = getattr(release, "published_time", "") or ""
    printed = release.published if old_file or not time else f"{release.published} {time}"
    if name == "mfa_en_content_mod":
        in_title = find_date(release.title)
        if in_title and in_title[0].isoformat() == release.published:
            printed = ""  # press conferences: the date is only in the title (sites/README §2.5 C)
    first = next((p for p in release.paragraphs if p.strip()), "")
    values = {
        "charset": charset,
        "title": esc(release.title),
        "column": esc(column_name(section, release.lang)),
        "date": release.published,
        "time": time,
        "printed_date": printed,
        "dotted_date": release.published.replace("-", "."),
        "keywords": esc(column_name(section, release.lang)),
        "description": esc(first[:60]),
        "path": esc(urlsplit(release.url).path),
        "crumb_home": "./../../" if old_file else "../../../",
        "crumb_column": "./" if old_file else "../",
        "source": "IDCPC",
        "body": body_html(release, name),
        "related": related_html(release, others, name),
    }
    return template(name).substitute(values)


# ---------------------------------------------------------------- list pages
LIST_STYLES = ("mfa_zh_2015", "mfa_en_2015", "mfa_zh_2021", "mfa_en_2021", "mfa_en_2025", "idcpc")


def list_style(site: str, lang: str, folder_url: str, first_page: str) -> str:
    if site == "idcpc":
        return "idcpc"
    if first_page.startswith("default"):
        return f"mfa_{lang}_2015"
    if lang == "zh":
        return "mfa_zh_2021"
    return "mfa_en_2025" if re.search(r"/eng/(xw|wjb|zy)/", folder_url) else "mfa_en_2021"


def _item(style: str, href: str, title: str, date: str) -> str:
    href, title = esc(href), esc(title)
    if style == "mfa_zh_2015":
        return f'<li><a href="{href}" target="_blank">{title}</a>({date})</li>'
    if style == "mfa_zh_2021":
        return f'<li><a href="{href}" target="_blank">{title}（{date}）</a></li>'
    if style == "mfa_en_2021":
        return f'<li><a href="{href}" target="_blank">{title}</a><span>{date}</span></li>'
    if style == "idcpc":
        return f'<li><a href="{href}" target="_blank">{title}</a><span class="date">{date}</span></li>'
    return f'<li><a href="{href}" target="_blank">{title}</a></li>'


def render_list(style: str, folder_url: str, column: str, releases: list, current: int, count: int) -> str:
    """One list page: its items (newest first), relative links, and the paginator script."""
    page_url = folder_url + "index.html"
    items = [_item(style, relative(page_url, r.url), r.title, r.published) for r in releases]
    if style in ("mfa_zh_2021", "mfa_en_2021"):
        # several ul.list1 blocks per page, as on the real 2021+ lists
        groups = [items[i : i + 5] for i in range(0, len(items), 5)] or [[]]
        block = "\n".join('<ul class="list1">\n' + "\n".join(g) + "\n</ul>" for g in groups)
    else:
        block = "\n".join(items)
    depth = max(0, urlsplit(folder_url).path.strip("/").count("/"))
    zh = style == "idcpc" and "/english" not in folder_url
    values = {
        "column": esc(column),
        "items": block,
        "current": current,
        "count": count,
        "up": "/".join([".."] * depth) or ".",
        "home": "首页" if zh else "Home",
        "copyright": "中共中央对外联络部 版权所有" if zh else "Copyright &copy; IDCPC",
    }
    return template(f"list_{style}").substitute(values)


def render_continent(name: str, countries: list[tuple[int, str]]) -> str:
    links = "\n".join(
        f'      <li><a href="./1206_{cid}/" target="_blank">{esc(cname)}</a></li>' for cid, cname in countries
    )
    blocks = (
        f'    <div class="linkList2">\n      <div class="linkHd">{esc(name)}</div>\n'
        f"      <ul>\n{links}\n      </ul>\n    </div>"
    )
    return template("continent").substitute(continent=esc(name), blocks=blocks)


def country_columns(cid: int) -> dict[str, str]:
    """Sub-column folders of a country root (ids next to the country id, sites/README §2.2)."""
    return {"overview": f"1206x0_{cid + 2}", "bilateral": f"sbgx_{cid + 4}", "news": f"xgxw_{cid + 6}"}


def render_country_root(continent: str, cid: int, country: str) -> str:
    return template("country_root").substitute(
        continent=esc(continent), country=esc(country), **country_columns(cid)
    )


def render_country_column(continent: str, cid: int, country: str, column: str) -> str:
    return template("country_column").substitute(
        continent=esc(continent), country=esc(country), column=esc(column), news=country_columns(cid)["news"]
    )


def render_static(name: str) -> str:
    return template(name).template


def render_search(word: str, releases: list, total: int, page: int, count: int) -> str:
    """A TRS WAS5 search result page: absolute links, a lead of each release, the hit count."""
    items = []
    for r in releases:
        lead = esc(r.text[:120])
        items.append(f'<div class="outline"><a href="{esc(r.url)}" target="_blank">{esc(r.title)}</a>'
                     f'<p>{lead}</p><span class="date">{r.published.replace("-", ".")}</span></div>')
    pager = " ".join(str(n) if n == page else f'<a href="?page={n}">{n}</a>' for n in range(1, count + 1))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>检索结果</title></head><body>'
            f'<div class="search_head">检索词: {esc(word)} 共{total}条</div>\n'
            + "\n".join(items) + f'\n<div class="page">{pager}</div></body></html>')
