"""The region's names (Latin America and the Caribbean, 拉美, and its parts: Central and South
America, the Caribbean, the Andean countries). Party pages name the region's actors in more ways than
foreign-ministry pages do, so they get more patterns (``region_patterns``).
"""

from __future__ import annotations

import re

from nlp.release import Release

# "Caribbean" names the region's actors with the noun after it, also in a platform's name in title
# case ("China-Caribbean Political Parties Conference", 中国－加勒比政党大会): parties of the region
REGION_EN = re.compile(
    r"\b(?:Latin America(?:n)?(?: and (?:the )?Caribbean)?|LAC (?:countries|states|region|"
    r"political parties|parties)|"
    r"Caribbean (?:countries|states|region|(?i:political parties))|South American (?:countries|parties))\b",
)
REGION_ZH = re.compile(r"拉美|拉丁美洲|加勒比(?:地区|国家|國家|地區|(?=政党|政黨))|南美(?:洲)?国家|中拉")
# Party pages (IDCPC) also name the region's actors as Central America's (中美洲: 中美 alone is China
# and the United States) and as "Caribbean" before any actor noun (journalists, women, 记者, 学者),
# checked as "Latin American" is. Central and South America and the Andean countries (Bolivia,
# Colombia, Ecuador, Peru, Venezuela) are parts of the region too (every country there is a LAC
# country): "parties from Central America", "South American left-wing parties", 安第斯国家政党, and
# the bare "LAC" are checked by the words around them as well.
REGION_EN_PARTY = re.compile(r"\b(?:(?:South|Central) American (?:countries|states|(?i:political parties)|"
                             r"parties)|(?:Central|South) America(?:n)?(?: and (?:the )?Caribbean)?|"
                             r"Caribbean|LAC|Andean)\b")
REGION_ZH_PARTY = re.compile(r"加勒比(?=记者|記者|媒体|媒體|学者|學者|智库|智庫|青年|妇女|婦女|"
                             r"议员|議員|政治家|代表团|代表團)|中美洲|南美洲?|安第斯")
# The region's names that are actors only with the words around them (see ``names_region_actors``);
# "LAC countries", "Caribbean states", "Central American parties" are actors by their own words
REGION_BY_CONTEXT_EN = re.compile(r"(?:Latin|Central|South) America(?:n)?(?: and (?:the )?Caribbean)?|"
                                  r"Caribbean|LAC|Andean", re.I)


def region_patterns(release: Release) -> tuple[re.Pattern[str], ...]:
    """The patterns of the region's names for this page (party pages have more)."""
    if release.zh:
        return (REGION_ZH,) if release.is_mfa else (REGION_ZH, REGION_ZH_PARTY)
    return (REGION_EN,) if release.is_mfa else (REGION_EN, REGION_EN_PARTY)
