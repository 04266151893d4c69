"""How a digest's news item opens: with its own day (a month and day, a day within the page's
month, a dateline, a weekday, "the same day"), a bullet or a number. The kind of page reads these
(an untitled digest is found by the days its paragraphs open with), and so does the cut into items
(an item opens where such a paragraph does); a roundup entry may open with the same bullets.
"""

from __future__ import annotations

import re

# A paragraph opening with its own day or a bullet: an entry of a digest; the day alone also finds
# a digest that does not say it is one. An item names its day as the other items do: a month and
# day ("5月10日，", "On May 10,", "On May 10th,", "May 10 --"), the day alone within the page's
# month ("9日，"), a dateline of its own ("Beijing, September 19th--", "BEIJING, May 24 (Xinhua) --"),
# or a weekday of the week the page reports ("On Monday,", 周一) — the codebook's event_date rules
# 1-3 read each.
MONTH_EN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DAY = (r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|"
       rf"(?:On |In )?{MONTH_EN} \d{{1,2}}(?:st|nd|rd|th)?\b|"
       rf"[A-Z][A-Za-z.'’\-]*(?: [A-Za-z.'’\-]+){{0,3}},\s*{MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?"
       r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:-{1,2}|–|—)|"
       r"(?:On |Last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
       r"(?:本周|上周)?(?:星期[一二三四五六日天]|周[一二三四五六日])|"
       # the day of the item before, named as such (codebook, event_date rule 2: "on the same day", 同日)
       r"(?:On |At |Later |Earlier )?(?:on )?the same day\b|同日|同一天")
# the day after an item's number or bullet mark ("1. 6月3日，", "●7月2日，", "* On March 5th,"): a
# numbered or bulleted list of days is a digest's; a number or a bullet alone is any list's
BULLET = r"[■◆●▲★•·*]"
# English digests (and agency ones) also set their items off with a dash and a space ("-- On June 5,
# …", "— On June 6, …"): a list mark as the bullets are; a dateline's dash follows its day instead
DASH_BULLET = r"(?:-{1,2}|–|—)(?=\s)"
DAY_OPENING = re.compile(rf"\s*(?:(?:\d{{1,2}}[.、)]|[一二三四五六七八九十]+、|{BULLET}|{DASH_BULLET})\s*)?"
                         rf"(?:{DAY})")
# An item may open with a word that places it in the past without its day ("Recently, …", 近日，
# ``no_day``): a new item still, and one with no day (rule 3), not a sentence of the item before
# (which would give it that item's day and counterpart). It opens an item only: it dates none, so it
# does not count towards finding an untitled digest (DAY_OPENING).
DIGEST_OPENING = re.compile(rf"^\s*(?:[■◆●▲★•·*\-–—【\[]|\d{{1,2}}[.、)]|[一二三四五六七八九十]+、|{DAY}|"
                            r"(?:Recently|In recent days|Earlier this (?:week|month)|近日|日前|近期|不久前)"
                            r"\s*[,，])")
# A day near a paragraph's start, after its subject (the meetings of a page headlined on "foreign
# guests": "宋涛21日在京会见…", "Liu on Wednesday met …")
DAY_IN_HEAD = re.compile(rf"(?<![\d月])(?:{DAY})")
DAY_IN_HEAD_CHARS = 40
