"""Plain text out of HTML elements: paragraphs at block boundaries only, so the inline tags
that MS-Word pasting scatters through MFA pages (``<B><SPAN>问：</SPAN></B><B><SPAN>自</SPAN>``)
never split a word, and whitespace and zero-width characters are normalised."""

from __future__ import annotations

import re

from lxml import etree

from scraper.pages.layouts import BOILERPLATE_LINE, TRAILING_ENDITEM

BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 table tr td th thead tbody section article blockquote "
    "dd dt dl center pre hr form header footer nav figure figcaption address".split()
)
SKIP_TAGS = frozenset("script style noscript iframe select option input button textarea object embed".split())

ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[\s\u00a0\u3000\u2002\u2003\u2009]+")
_CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u201c\u201d\u2018\u2019"
# A line break in the HTML source between two Chinese characters is not a space.
_CJK_GAP = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")
_CJK_CHAR = re.compile("[\u4e00-\u9fff]")
_LATIN = re.compile("[A-Za-z]")


def clean_line(text: str) -> str:
    """One line of text: zero-width characters out, runs of (full-width) space to one space."""
    text = ZERO_WIDTH.sub("", text or "")
    text = _SPACES.sub(" ", text).strip()
    return _CJK_GAP.sub("", text)


_LOCAL: dict[str, str] = {}  # tag -> local name: pages use a few dozen tags, asked for at every node


def _local(tag: object) -> str | None:
    if not isinstance(tag, str):
        return None  # comment / processing instruction
    name = _LOCAL.get(tag)
    if name is None:
        name = tag.rsplit("}", 1)[-1].lower()  # "o:p" (MS Office) stays inline, unlike "p"
        if len(_LOCAL) < 10_000:
            _LOCAL[tag] = name
    return name


def paragraphs(element: etree._Element) -> list[str]:
    """Lines of text of ``element``: a new line at every block element or <br>, none at inline
    ones. Iterative (no recursion), so deeply nested tag soup cannot blow the stack."""
    lines: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        if not buffer:  # most block boundaries follow another: nothing to clean
            return
        line = clean_line("".join(buffer))
        buffer.clear()
        if line:
            lines.append(line)

    skipping = 0
    for event, node in etree.iterwalk(element, events=("start", "end"), tag=None):
        name = _local(node.tag)
        if event == "start":
            if name is None:
                continue
            if name in SKIP_TAGS:
                skipping += 1
                continue
            if skipping:
                continue
            if name in BLOCK_TAGS:
                flush()
            if node.text:
                buffer.append(node.text)
        else:
            if name in SKIP_TAGS:
                skipping -= 1
            elif name is not None and not skipping and name in BLOCK_TAGS:
                flush()
            if node is not element and node.tail and not skipping:
                buffer.append(node.tail)
    flush()
    return lines


def drop_boilerplate(lines: list[str]) -> list[str]:
    """Lines without widgets, empty bylines and the ``Enditem`` trailer."""
    kept = [line for line in lines if not BOILERPLATE_LINE.match(line)]
    if kept:
        last = TRAILING_ENDITEM.sub("", kept[-1])
        kept[-1:] = [last] if last else []
    return kept


def language(text: str) -> str:
    """``zh`` when Chinese characters carry the text, else ``en`` (from the text, not the url)."""
    cjk = len(_CJK_CHAR.findall(text or ""))
    latin = len(_LATIN.findall(text or ""))
    return "zh" if cjk and cjk * 3 >= latin else "en"
