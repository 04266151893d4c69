"""Foreign-ministry counterparts on pages whose LAC side is a regional body (CARICOM, SICA, the
OECS, ALBA-TCP, Parlatino, CELAC): the body's officer the Chinese principal met, or the leaders of
its member states as a group.

The country patterns of ``mfa_offices_en`` look for an office of a LAC *country* ("Foreign Minister of
Guyana X"); a body's officer is written the same way with the body's name in the country's place
("Secretary-General of the Caribbean Community (CARICOM) Carla Barnett", "Didacus Jules, Director
General of the Commission of the OECS", "a delegation of Parlatino led by its President X"). The
codebook names the LAC principal as the counterpart whoever he is; a body's office (cue
``body_office``) never makes a head of state or government. "The leaders of the CELAC Quartet" or
"CARICOM heads of government" are heads as a group (codebook, head_of_state_level).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp import cues
from nlp.gazetteer import PLATFORM, Platform
from nlp.release import Mention, Release
from nlp.steps.mfa_offices_en import GROUP_HEADS_EN, NAME_RE, STYLE

# (name, office, start, end): the shape of ``mfa``'s counterparts
Found = tuple[str, str | None, int, int]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    office = "(?:" + "|".join(re.escape(w) for w in sorted(cues.words("body_office", "en"), key=len,
                                                            reverse=True)) + ")"
    # the organ of the body an office sits in: "Director General of the Commission of the OECS"
    organ = r"(?:(?:Commission|Secretariat|General Secretariat|Council)\s+of\s+(?:the\s+)?)?"
    before = re.compile(rf"\b(?P<office>{office})\s+of\s+(?:the\s+)?{organ}$")
    after = re.compile(rf"(?:\s*\([^()\n]{{1,24}}\))?,?\s+{STYLE}(?P<name>{NAME_RE})")
    appositive = re.compile(rf"(?P<name>{NAME_RE}),\s+(?:the\s+)?(?P<office>{office})\s+of\s+(?:the\s+)?"
                            rf"{organ}$")
    behind = re.compile(rf"(?:\s*\([^()\n]{{1,24}}\))?(?:['’]s)?\s+(?P<office>{office}),?\s+{STYLE}"
                        rf"(?P<name>{NAME_RE})")
    led = re.compile(rf"(?:\s*\([^()\n]{{1,24}}\))?[^.;\n]{{0,30}}?\bled by (?:its|the body['’]s)\s+"
                     rf"(?P<office>{office}),?\s+{STYLE}(?P<name>{NAME_RE})")
    heads_before = re.compile(rf"\b{GROUP_HEADS_EN}\s+of\s+(?:the\s+)?"
                              r"(?:member (?:states|countries) of (?:the\s+)?)?$", re.I)
    heads_after = re.compile(r"(?:\s*\([^()\n]{1,24}\))?(?:['’]s)?\s+(?:(?:Quartet|Troika|member "
                             rf"(?:states|countries)['’]?)\s+)?{GROUP_HEADS_EN}\b", re.I)
    return before, after, appositive, behind, led, heads_before, heads_after


def _bodies(release: Release) -> list[Mention]:
    """The LAC regional bodies named in the lead and the text right around it."""
    return [m for m in release.of(PLATFORM, zones=("lead", "early")) if m.where == "text"
            and isinstance(m.entry, Platform) and m.entry.body and m.entry.mechanism == "regional"]


# a body's offices as Chinese pages write them after the body's name (加勒比共同体秘书长巴尼特,
# 东加勒比国家组织委员会总干事朱尔斯), in the English of the cue ``body_office`` (its ``zh_en``)
OFFICE_ZH = cues.english_of("body_office")
OFFICER_ZH = re.compile(r"(?:委员会|委員會|秘书处|秘書處)?(?P<office>" + "|".join(OFFICE_ZH) + r")"
                        r"(?P<name>[\u4e00-\u9fff]{2,8}(?:[·・\-－][\u4e00-\u9fff]{1,8}){0,3})")


# the heads of a body's member states after its name (拉共体“四驾马车”领导人, 加勒比共同体政府首脑会议)
HEADS_AFTER_ZH = re.compile(r"[^。，,；]{0,8}?(?:领导人|領導人|政府首脑|政府首腦|国家元首|國家元首)")


def body_officers(release: Release, trim) -> list[Found]:
    """The officers of a LAC body the lead names, in the body's office ("Carla Barnett,
    Secretary-General of the Caribbean Community", 加勒比共同体秘书长巴尼特); ``trim`` is ``mfa``'s
    name trimmer for the page's language."""
    text = release.layout.clean
    if release.zh:
        for m in _bodies(release):
            named = OFFICER_ZH.match(text, m.end)
            name = trim(named.group("name")) if named else None
            if named and name and len(name) >= 2:
                office = f"{OFFICE_ZH[named.group('office')]} of the {m.entry.canonical}"
                return [(name, office, named.start("name"), named.start("name") + len(name))]
        return []
    before, after, appositive, behind, led, _, _ = _patterns()
    found: list[Found] = []
    for m in _bodies(release):
        body = f"the {m.entry.canonical}"
        # the office before the body and the name after it, the name and office before the body, or
        # the office and name after it ("CARICOM Secretary-General X", "led by its President X")
        office = before.search(text, max(0, m.start - 80), m.start)
        pairs = [(office, after.match(text, m.end) if office else None)]
        first = appositive.search(text, max(0, m.start - 140), m.start)
        pairs += [(first, first), *((n, n) for n in (behind.match(text, m.end), led.match(text, m.end)))]
        for office, named in pairs:
            name = trim(named.group("name")) if office and named else None
            if office and named and name:
                start = named.start("name")
                found.append((name, f"{office.group('office')} of {body}", start, start + len(name)))
                break
    return sorted(found, key=lambda f: f[2])[:1]


def body_heads(release: Release) -> str | None:
    """"Leaders of the CELAC Quartet" when the lead or headline names a body's member states' heads
    as the ones met; None otherwise."""
    text = release.layout.clean
    _, _, _, _, _, heads_before, heads_after = _patterns()
    for m in _bodies(release):
        if release.zh:
            if HEADS_AFTER_ZH.match(text, m.end):
                return f"Leaders of the {m.entry.canonical}"
            continue
        if heads_before.search(text, max(0, m.start - 60), m.start) or heads_after.match(text, m.end):
            return f"Leaders of the {m.entry.canonical}"
    return None
