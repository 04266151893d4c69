"""What kind of line a line is: running prose, a photo caption, a name or headline; Chinese or not.

The cleaning (is a menu line a whole page stored on one line?), the search for the report's start
and the lead all ask whether a line is running prose (``is_prose``) or a photo caption
(``is_caption``; a caption's day still counts unless it marks a file photo, ``is_file_photo``),
and the layout asks whether a text is Chinese (``is_cjk``). One answer for all of them.
"""

from __future__ import annotations

import re

from nlp.stamps import MONTH

# A photo caption printed before the lead ("... (Xinhua/Li Xueren)", "图为会谈现场。（新华社记者 李涛 摄）")
# is a sentence, but not where the report begins.
CAPTION = re.compile(
    r"^\s*(?:\(?(?:File )?Photos?\b|\(?(?i:file photo)\b|\[Photo\b|图为|圖為|图片|圖片|图：|圖：|"
    r"[（(]?资料图片|[（(]?資料圖片|[（(]?资料照片|[（(]?資料照片)"
    r"|(?:\((?:Photo|Xinhua|[A-Z][\w.]*(?: [A-Z][\w.]*)? ?(?:photo|Photo)|[^()\n]{0,40}/[^()\n]{1,40})"
    r"[^()\n]{0,60}\)"
    r"|[（(][^（）()\n]{0,30}摄[）)]|[\[［][^\]］\n]{0,30}(?:Photo|摄)[^\]］\n]{0,30}[\]］])\s*$"
)
# A caption that marks its photo as a file (archive) photo shows an earlier day than the news ("File
# photo: Xi Jinping holds talks with ... Nov. 25, 2022. (Xinhua/Ju Peng)" above a message sent on Jan. 1;
# "资料图片：2022年11月25日，…"): its day is no evidence of the exchange's day, so it is not kept in
# ``Layout.captions``. A caption of the event itself ("Xi meets ... in Lima, Nov. 16, 2024.") is.
FILE_PHOTO = re.compile(r"\b(?:file|archive|archival) (?:photo|picture|image)s?\b|\((?:file|archive)\)|"
                        r"资料图片|資料圖片|资料照片|資料照片|资料图|資料圖|档案照片|檔案照片", re.IGNORECASE)
CJK = re.compile(r"[\u4e00-\u9fff]")
CJK_RUN = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff]*")  # not "[…]+": that form is scanned twice as slowly


CAPTION_MAX = 400  # characters: a caption is a sentence or two, not a page stored on one line
# Where a person stands in the picture, in brackets after the name, is the language of photo captions
# only ("Xi Jinping (R) meets …", "Liu Jianchao (right) meets …", "(2nd L, front)", 王毅（右）会见…,
# （左二）): a report's prose never places people left and right. Such a line is a caption even
# with no photo word and no credit.
_SIDE = r"(?:(?:[1-4](?:st|nd|rd|th)\s+)?(?:L|R|C|left|right|cent(?:er|re)|front|back|rear|middle))"
PLACED_IN_PICTURE = re.compile(
    rf"\((?:{_SIDE}(?:\s*,\s*|\s+)){{0,2}}{_SIDE}\)|[（(](?:前排|后排|後排)?[左右中][一二三四五六七八九]?[）)]")


def is_caption(line: str) -> bool:
    """Is this line a photo caption (see CAPTION, PLACED_IN_PICTURE)?"""
    return len(line) <= CAPTION_MAX and (CAPTION.search(line) is not None
                                         or PLACED_IN_PICTURE.search(line) is not None)


def is_file_photo(line: str) -> bool:
    """Is this caption a file photo's (FILE_PHOTO), whose day is not the day of the news?"""
    return FILE_PHOTO.search(line) is not None


LINE = re.compile(r"[^\n]+")


def captions_below(text: str, start: int) -> list[tuple[int, int]]:
    """The photo captions on the lines from ``start`` on (not file photos'): a page may print its
    picture, and the caption's place and day, under the lead ("(Photo: Xi Jinping welcomes …,
    October 25, 2023)")."""
    return [m.span() for m in LINE.finditer(text, start)
            if is_caption(m.group()) and not is_file_photo(m.group())]


def is_cjk(text: str) -> bool:
    """True when Chinese characters make up a fair share of the letters (a zh release): more than a
    third of them, i.e. twice as many as the other letters (every character of the range is one)."""
    sample = text[:3000]
    rest = CJK_RUN.sub("", sample)  # by runs, not one character at a time: five times faster on zh
    han = len(sample) - len(rest)
    return han > 20 and han * 2 > sum(map(str.isalpha, rest))  # map: a third of the time of a genexpr


# English title case leaves only these words in lower case: articles, conjunctions, prepositions
# ("Wang Yi Meets with the Foreign Minister of Peru"), and the particles of Spanish, Portuguese and
# Dutch names ("Lula da Silva", "van Klaveren"). Any other lower-case word (a verb: "met", "had",
# "co-chaired"; a common noun: "phone call") is not a headline's or a name's: the line is prose.
TITLE_CASE_LOWER = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via with from into onto over upon "
    "than vs de da do dos das del la las los le y e van der den von "
    "between among amid during under within through toward towards against across".split())
SENTENCE_STOP = re.compile(r"(?<=\w)[.!?][\"”’)]*$")  # the line ends as a sentence does
# A photo caption without its credit ends with the place and day the photo was taken, set off by a
# comma ("… in Lima, Peru, Nov. 15, 2024."); a lead that opens with its day does not end so. A lead
# may end with a year in a phrase of its own: a visit's span ("will visit China from October 22 to
# 28, 2023."), a day after "on" ("met Lula on Nov. 15, 2024."): no comma before the month.
CAPTION_DAY_END = re.compile(rf",\s*{MONTH}\.?\s+\d{{1,2}},?\s*(?:19|20)\d{{2}}[.!?]?$")


def _is_sentence(line: str, words: list[str]) -> bool:
    """Is a line made mostly of capitalised titles and names still one sentence of a report?
    A foreign ministry's lead is one sentence of offices and names around one verb ("On February
    2, 2024, Foreign Minister Wang Yi had a phone call with Mexican Foreign Minister Alicia
    Barcena."): few of its words are lower case, yet it ends with a full stop and has a lower-case
    word that title case would capitalise. A headline (title case, no full stop), a menu, a
    byline, a list of names and an uncredited photo caption (ending with its day) are none."""
    stripped = line.rstrip()
    if not SENTENCE_STOP.search(stripped) or CAPTION_DAY_END.search(stripped):
        return False
    return any(w[:1].islower() and w.strip(",;:.!?\"”’()").lower() not in TITLE_CASE_LOWER for w in words)


def is_prose(line: str, zh: bool) -> bool:
    """Is a line running prose (a paragraph of the report), not page furniture? Chinese: 15 Chinese
    characters and a comma or full stop. English: ten words and no bars, with a third of the words
    in lower case, or a single sentence of titles and names (``_is_sentence``)."""
    if is_caption(line):
        return False
    if zh:
        return len(CJK.findall(line)) >= 15 and bool(re.search(r"[，,。]", line))
    words = line.split()
    if len(words) < 10 or line.count("|") >= 2 or _is_name_line(line, words):
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return lower * 3 >= len(words) or _is_sentence(line, words)


def _is_name_line(line: str, words: list[str]) -> bool:
    """Is an English line a name or a headline in title case, not a sentence: no closing full stop and
    no lower-case word but those title case leaves in lower case? An embassy's banner ("Embassy of
    the People's Republic of China in the Kingdom of Spain") or a long headline ("Joint Statement
    between the People's Republic of China and the Republic of Peru") has many lower-case words, a
    third of its words, yet no verb: read as the lead, it ran on into the page's date line."""
    if SENTENCE_STOP.search(line.rstrip()):
        return False
    return all(w.strip(",;:\"“”’‘()").lower() in TITLE_CASE_LOWER for w in words if w[:1].islower())
