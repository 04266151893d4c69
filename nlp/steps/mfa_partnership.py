"""Foreign-ministry partnership fields: the level of the relationship a release names, and the step
("establish" or "upgrade") this release's exchange takes.

Separate from the principals (``mfa``): it reads other words of the page (the partnership ladder's
names and the verbs around them, not offices and names), and its one hard question is tense — a step
taken in this exchange ("agreed to elevate ... to", 宣布建立) against one recalled ("the upgrading of
ties ... in 2013", "去年...建立", "the 30th anniversary of the establishment") or only wished for.
The level is the highest rung of the gazetteer's ladder named; the action is coded by the country's
history with China (``partnership_history.json``), not by the page's verb.
"""

from __future__ import annotations

import re

from nlp.dates import parse_date
from nlp.gazetteer import PARTNERSHIP_LEVEL, PartnershipLevel, to_simplified
from nlp.partnership_history import action_for
from nlp.release import Mention, Release
from nlp.schema import Span

# The verbs that take the step, also as a participle clause after the main one ("held talks …, with the
# two sides agreeing to build …", "…, announcing the elevation of …"): the -ing form reports the same
# decision of this exchange as the finite verb does
_STEP_VERB = (r"(?:agreed|decided|announced|declared|agreeing|deciding|announcing|declaring|"
              r"agree|decide|announce)")
ESTABLISH = re.compile(
    rf"\b{_STEP_VERB}\b[^.;]{{0,80}}?\b(?:to\s+)?"
    r"(?:establish\w*|build|forge|form|set up)\b|"
    r"\b(?:would|will) become\b[^.;]{0,60}\bpartners\b|\bare now\b[^.;]{0,60}\bpartners\b|"
    # "at the talks the two countries became comprehensive strategic partners": the exchange's own
    # past, told without a time back (a recalled "became ... in 2014" / "since" is RETROSPECTIVE's)
    r"\bbecame\b[^.;]{0,60}\bpartners\b|"
    # "announced that China and Uruguay had become comprehensive strategic partners" (reported speech)
    r"\b(?:announced?|declared?|agreed)\b[^.;]{0,60}\b(?:become|became)\b[^.;]{0,60}\bpartners\b|"
    r"(?:宣布|决定|同意|一致同意)(?:构建|建设|结为)|宣布[^。]{0,20}结为|"
    r"\b(?:establish(?:ed|es)?|forged?|set up)\b[^.;]{0,40}\bpartnership\b[^.;]{0,40}\b(?:during|at|on)\b|"
    # "announced a strategic cooperative partnership": the article opens the level's own name (not
    # "announced an action plan for the ... partnership")
    r"\b(?:announc|declar)\w*\s+an?\s+(?:(?!(?:for|of|on|the|to|with|under)\b)[a-z\-]+\s+){0,5}"
    r"partnership\b|"
    r"宣布建立|决定建立|決定建立|同意建立|一致同意建立|宣布[^。]{0,20}建立|"
    r"(?:决定|決定|同意)[，,、\s]+(?:建立|结为|構建|构建)|"
    # 双方同意深化各领域合作，建立中玻战略伙伴关系: the agreement's second clause takes the step
    r"(?:决定|決定|同意)[^。；;]{0,30}[，,、]\s*(?:并|並|同时|同時)?(?:建立|结为|結為|構建|构建)(?=[^。；;]{0,20}(?:伙伴|夥伴))|"
    # 两国元首共同确定中苏关系为战略合作伙伴关系: the leaders fix the relationship as a partnership;
    # 两国元首确立中乌全面战略伙伴关系: they establish it (not 确立的…: the one established before;
    # a recalled 确立 is RETROSPECTIVE's)
    r"(?:确定|確定)[^。]{0,20}(?:为|為)[^。]{0,12}(?:伙伴|夥伴)|确立(?!的)[^。的]{0,20}(?:伙伴|夥伴)|"
    # "the two sides issued a Joint Statement on the Establishment of a Comprehensive Strategic
    # Partnership", 双方发表《…关于建立全面战略伙伴关系的联合声明》: issuing or signing a text named
    # after the step takes it, as the statement's name in a headline does (HEADLINE_ESTABLISH); the name may
    # say it with establishment's other verbs ("a joint statement on setting up an all-weather ...")
    r"\b(?:issu|releas|sign|adopt|publish)(?:e|es|ed|ing)?\b[^.;]{0,60}?\b(?:statement|communiqu[ée]|"
    r"declaration)\s+on\s+(?:the\s+)?(?:establish(?:ment|ing)|setting\s+up|forging)\b|"
    r"(?:发表|签署|发布|通过)[^。；;]{0,50}关于建立",
    re.I)
# A headline or a joint statement's name reports the step in the present or as a noun: "China,
# Uruguay establish strategic partnership", "Joint Statement ... on the Establishment of a
# Strategic Partnership", 关于建立战略伙伴关系的联合声明 (read in the title only: in running text
# a bare "establish" is as often a wish or a recall; "seeks to establish" in a headline is a wish).
HEADLINE_ESTABLISH = re.compile(
    r"(?<!\bto )\b(?:establish|establishes|forge|forges|set up|sets up)\b[^.;]{0,40}\bpartnership\b|"
    r"\bon (?:the )?establish(?:ment|ing)\b|关于建立|關於建立", re.I)
# A partnership the sentence raises in standing, not to a new rung: "lift the China-Brazil
# comprehensive strategic partnership to a higher level", 推动中巴全面战略伙伴关系迈上新台阶 (read
# right after the level's name: the level is what is raised, and no step is reported)
TO_HIGHER_STANDING = re.compile(
    r"^\s*(?:to|onto|into)\s+(?:a\s+|an\s+|the\s+)?(?:new|higher|next|greater|still higher)\b|"
    r"^\s*(?:不断)?(?:迈上|迈向|邁上|邁向|提升到|提升至|推向|推上|上升到|达到|達到|提高到)"
    r"\s*(?:新|更高)", re.I)
# A level that is the object of a verb of keeping or growing it is one the two sides already hold:
# "agreed to deepen the comprehensive strategic partnership and build ...", 双方同意深化中巴全面战略伙伴
# 关系 (read right before the level's name: a step cue elsewhere in the sentence is not this level's)
MAINTAINED = re.compile(
    r"\b(?:deepen|strengthen|enrich|advance|promote|consolidate|further|uphold|cherish|value|treasure|"
    r"implement|build on|carry forward|push forward)(?:s|es|ed|d|ing)?\s+"
    r"(?:(?:the|their|our|its|this|bilateral|China[-–][A-Z][a-z]+(?: [A-Z][a-z]+)*|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)*[-–]China)\s+)*$|"
    r"(?:深化|推进|推動|推动|巩固|鞏固|充实|充實|丰富|豐富|珍视|珍視|落实|落實)"
    r"(?:中[^\s，。、,]|两国|兩國|双方|雙方)?(?:的)?\s*$", re.I)
# a step said not to happen: "did not announce a strategic partnership", 双方未宣布建立 (not "not only",
# nor 未来: the future)
NEGATED = re.compile(r"\b(?:not|never)\b(?! only)|n[’']t\b|未(?![来來])|没有|沒有|并非|並非", re.I)
UPGRADE = re.compile(
    rf"\b{_STEP_VERB}\b[^.;]{{0,80}}?\b(?:to\s+)?"
    r"(?:upgrad|elevat|lift|rais)|"
    r"\b(?:upgrad|elevat|lift|rais)\w*\b[^.;]{0,60}\bto (?:a |an |the )?(?:new )?[a-z\- ]*partnership|"
    r"宣布[^。]{0,30}(?:提升为|提升為|升级为|升級為|上升为|上升為|升格为|升格為)|(?:提升为|提升為|升级为|"
    r"升級為|升格为|升格為)[^。]{0,20}(?:伙伴|夥伴)|"
    # 提升至 / 提升到 / 升级至 a partnership: the same step with "to" for "as" (a rise "to a new height",
    # 提升到新水平, is TO_HIGHER_STANDING's, read before this)
    r"(?:提升|升级|升級|上升|升格)(?:至|到)[^。，,；;]{0,20}(?:伙伴|夥伴)",
    re.I)
RETROSPECTIVE = re.compile(
    r"\b(?:in|since|of) (?:19|20)\d{2}\b|(?:19|20)\d{2}年|去年|前年|\blast (?:year|month|week|[A-Z][a-z]+)\b|"
    r"\bearlier this year\b|\bprevious(?:ly)?\b|(?:years?|months?|decades?) ago|anniversary|周年|週年|"
    # 十年前 / 两个月前 / 数年前: "N years (months) ago", the Chinese count of time back to a past step
    r"(?:[一二两兩三四五六七八九十几幾数數多半]|\d)+\s*(?:年|个月|個月)(?:之)?前|"
    # "announced ... this June" on a later page: a named month of this year, told as past
    r"\bthis (?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"\bhad\b|\bhave been\b|\bhas been\b|\bwas\b|\bwere\b|已经|已經|已|since|以来|以來|when|recall", re.I)
DECIDED = re.compile(
    r"(?:宣布|决定|決定|一致同意|同意)[,，、\s]*(?:将|將)|"
    r"\b(?:announced?|agreed|decided)\b(?: that)?(?: they| the two (?:sides|countries|leaders)|"
    r" China and (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*| (?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)* and China)?"
    r" (?:will|would)\b|"
    # "announced that China-Uruguay relations will be elevated": the relationship as the subject
    r"\b(?:announced?|agreed|decided) that (?:the )?(?:bilateral |China[-–][A-Z][a-z]+(?: [A-Z][a-z]+)* )?"
    r"(?:relations|ties|relationship) (?:will|would)\b|"
    # "the two heads of state will (jointly) announce the elevation of ...", 两国元首将共同宣布…: the
    # announcement itself is what is to come, so the step is decided (codebook: an agreement announced
    # for the future counts), not a wish
    r"\b(?:will|would|are to|is to|are expected to)\s+(?:jointly\s+|formally\s+|officially\s+)?"
    r"(?:announce|declare)\b|(?:将|將)(?:共同|正式|一道)?(?:宣布|宣佈)", re.I)
NEWLY = re.compile(r"\bnewly[\s-]+(?:(?P<up>upgraded|elevated|raised)|announced|established|set[\s-]+up|"
                   r"forged)\s+(?:[\w-]+\s+){0,3}$|(?:新建立的|刚刚建立的|新宣布建立的|(?P<up_zh>新提升的|刚刚提升的))\s*$",
                   re.I)
# Reported speech backshifts the verb of what is announced: "the two heads of state announced that
# bilateral relations were elevated to", "announced that they had decided to upgrade" report a step taken
# in the announcing exchange, so the auxiliary after "announced/declared that" is no past marker
# (a year, "last year", "since" ... in the same sentence still are; "said that ... had" is a recall)
# ("announced that they would deepen cooperation and that ties were upgraded": a second "that" clause)
BACKSHIFTED = re.compile(r"\b(?P<verb>announced|declared)\s+(?P<first>that\s+[^.;]{0,80}?\band\s+)?"
                         r"that\s+(?P<subject>[^.;,]{0,60}?)\s*"
                         r"\b(?:had been|have been|has been|had|were|was)\b", re.I)
# "During the talks, bilateral ties were elevated to ...": a sentence that places the step in this
# exchange (the talks, meeting, call or visit the page reports, with the definite article) tells it
# in the past as a report does, so a bare past tense there is no recall; a year, "last year",
# "ago" or "since" in the sentence still is (RETROSPECTIVE's other words)
THIS_EXCHANGE = re.compile(r"^\s*(?:during|at|in the course of) (?:the|their|today's) (?:talks|meeting|"
                           r"(?:phone |video )?call|(?:state |official )?visit)\s*,", re.I)
SECOND_REPORTED = re.compile(r",?\s+and\s+that\s+|;\s*", re.I)
PAST_ONLY = re.compile(r"\b(?:had been|have been|has been|were|was)\b", re.I)
SENTENCE_DAY = re.compile(r"^\s*(?:当地时间)?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[，,]?")
FUTURE_OR_WISH = re.compile(
    r"\bwill\b|\bready to\b|\bwilling\b|\bhope|\bexpect|\blook(?:s|ing)? forward|\bshould\b|愿|願|期待|"
    r"希望|将|將",
    re.I)


def _sentence(source: str, start: int, end: int) -> tuple[int, int]:
    left = max(source.rfind(".", 0, start), source.rfind("。", 0, start), source.rfind("\n", 0, start)) + 1
    ends = [i for i in (source.find(".", end), source.find("。", end), source.find("\n", end)) if i != -1]
    return left, (min(ends) if ends else len(source))


def _by_history(release: Release, worded: str, level: str | None = None) -> str:
    """Establish or upgrade as the partnership study codes it: by the country's history with China
    (``partnership_history.json``), not by the page's verb — a first partnership "elevated to" is
    established, an existing one raised is upgraded even when the page names no old level. With no
    country or day to look up, the page's own word stands. ``level`` is the level the step
    reaches: a step to the level already held is the history's step to it."""
    day = parse_date(release.record.event_date) or release.anchor
    if not release.country_id or day is None:
        return worded
    return action_for(release.country_id, day, level)


# A rung named by one quality before it (共同发展的战略伙伴关系, Venezuela's 2001 level) is a rung of its
# own; the same quality as the last of a list of them (平等互利、共同发展的战略伙伴关系: "of equality,
# mutual benefit and common development") only describes the partnership, whose rung is the plain
# one the phrase ends in (Costa Rica 2015: a strategic partnership, as the study names it). English
# puts the list after the noun ("strategic partnership of equality, …"), where the plain rung is read.
QUALITIES_LISTED_BEFORE = "、"


def _level_of(release: Release, m: Mention) -> PartnershipLevel | None:
    """The rung a level mention names: the gazetteer's, or the plain rung when the mention's quality
    closes a list of qualities (``QUALITIES_LISTED_BEFORE``)."""
    level = release.gazetteer.get(m.ids[0]) if m.ids else None
    if not isinstance(level, PartnershipLevel) or not release.zh:
        return level
    source = release.title if m.where == "title" else release.layout.clean
    words = to_simplified(source[m.start:m.end])
    if source[m.start - 1:m.start] != QUALITIES_LISTED_BEFORE or "的" not in words:
        return level
    plain = words.rsplit("的", 1)[1]
    for rung in release.gazetteer.partnership_levels:
        if rung.rank < level.rank and plain in rung.all_names("zh"):
            return rung
    return level


def _new_level(release: Release, found: Mention, left: int, right: int) -> PartnershipLevel | None:
    """The level a step sentence raises relations to: the highest rung named in that sentence. A
    sentence that names the old level too ("将中墨战略伙伴关系提升为全面战略伙伴关系", "from a
    strategic partnership to a comprehensive strategic partnership") names the new one above it,
    since an upgrade goes up the ladder."""
    best: PartnershipLevel | None = None
    for m in release.mentions:
        if m.label != PARTNERSHIP_LEVEL or m.where != found.where or not (left <= m.start < right):
            continue
        level = _level_of(release, m)
        if isinstance(level, PartnershipLevel) and _coined_yet(release, level) \
                and (best is None or level.rank > best.rank):
            best = level
    return best


# A joint text's own name printed as a line of the body: "Joint Statement between … on the
# Establishment of a Strategic Partnership", 中华人民共和国和…关于建立战略伙伴关系的联合声明
STATEMENT_NAME_LINE = re.compile(
    r"^\s*(?:Joint (?:Press )?(?:Statement|Communiqu[ée])\b[^.;:]*|"
    r"[^。，,；;：:《》“”]*(?:联合声明|联合公报|联合新闻公报))\s*$")


def _statement_name_line(source: str, at: int) -> bool:
    """Is the line holding ``at`` a joint text's name printed on a line of its own, as an agency's or
    an embassy's copy prints it under a headline of its own ("中哥发表联合声明")? Such a line is a
    headline of the document: it names the step the statement takes, as the title would."""
    left = source.rfind("\n", 0, at) + 1
    right = source.find("\n", at)
    line = to_simplified(source[left:right if right != -1 else len(source)])
    return STATEMENT_NAME_LINE.match(line) is not None


def _coined_yet(release: Release, level: PartnershipLevel) -> bool:
    """Does the level exist on the release's day? A level coined for one step (``coined`` in
    partnerships.json) is named only from that month on: a 2023 page's "build a China-Brazil community
    with a shared future" is the generic formula, not the rung Brazil reached in November 2024."""
    if level.coined is None:
        return True
    day = parse_date(release.record.event_date) or release.anchor
    return day is None or f"{day.year:04d}-{day.month:02d}" >= level.coined


# A non-restrictive relative clause set off by commas (", which dates back to ties set up in 1972,"):
# it tells of something else in the sentence, so its past tense and its year do not make the step
# the sentence takes a recollection
SIDE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b[^,.;]{3,120},")


def _without_side_clauses(sentence: str, at: int) -> str:
    """The sentence without its comma-bounded relative clauses, except one holding ``at`` (the
    level's own position)."""
    return SIDE_CLAUSE.sub(lambda c: c.group() if c.start() <= at < c.end() else ", ", sentence)


def partnership(release: Release) -> None:
    """Coded on every relevant foreign-ministry page, a reply letter's too: the level and the step are
    the release's, whoever its principals turn out to be (the ``mfa`` step calls this last)."""
    record = release.record
    gaz = release.gazetteer
    best = None
    for m in release.mentions:
        if m.label != PARTNERSHIP_LEVEL:
            continue
        level = _level_of(release, m)
        if not isinstance(level, PartnershipLevel) or not _coined_yet(release, level):
            continue
        if best is None or level.rank > best[0].rank:
            best = (level, m)
    if best is None:
        return
    level, mention = best
    record.partnership_level = level.canonical
    record.add_evidence("partnership_level", mention.span())
    # action: a sentence naming a level, saying this exchange establishes or upgrades it
    for m in release.mentions:
        if m.label != PARTNERSHIP_LEVEL or m.zone == "late":
            continue
        named = gaz.get(m.ids[0]) if m.ids else None
        if isinstance(named, PartnershipLevel) and not _coined_yet(release, named):
            continue
        source = release.title if m.where == "title" else release.layout.clean
        left, right = _sentence(source, m.start, m.end)
        sentence = source[left:right]
        # "宣布将…提升为", "announced they will": decided now, not a wish
        simplified = to_simplified(sentence)  # 宣佈 / 提升為 read as 宣布 / 提升为
        head = DECIDED.sub(" ", simplified[: m.start - left])
        # the day a lead opens with ("2023年4月14日，两国元首宣布…") is this exchange's, not a past one
        told = SENTENCE_DAY.sub(" ", _without_side_clauses(simplified, m.start - left))
        told = BACKSHIFTED.sub(lambda b: f"{b['verb']} {b['first'] or ''}that {b['subject']} ", told)
        if THIS_EXCHANGE.search(told):
            told = PAST_ONLY.sub(" ", told)
        newly = NEWLY.search(head)  # "the newly announced strategic partnership": set up in this exchange
        if MAINTAINED.search(simplified[: m.start - left]):
            continue
        # a second reported clause ("said that X will visit …, and that the two heads of state will announce
        # …"): the wish or plan of the first is not this one's
        own = SECOND_REPORTED.split(head)[-1]
        if not newly and (RETROSPECTIVE.search(told) or FUTURE_OR_WISH.search(own) or NEGATED.search(own)):
            continue
        if TO_HIGHER_STANDING.search(to_simplified(source[m.end:right])):
            continue
        if newly:
            action = "upgrade" if newly.group("up") or newly.group("up_zh") else "establish"
        else:
            action = "upgrade" if UPGRADE.search(simplified) else None
            action = action or ("establish" if ESTABLISH.search(simplified) else None)
            if action is None and (m.where == "title" or _statement_name_line(source, m.start)) \
                    and HEADLINE_ESTABLISH.search(simplified):
                action = "establish"
        if action:
            level_here = _new_level(release, m, left, right)
            if level_here is not None:
                record.partnership_level = level_here.canonical
            record.partnership_action = _by_history(release, action, record.partnership_level)
            record.add_evidence("partnership_action", Span(left, right, sentence, m.where))
            return
