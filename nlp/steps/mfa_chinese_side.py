"""The foreign-ministry ``chinese_side``: the Chinese principal of an exchange, "Name, Office" in the
codebook's short form ("Xi Jinping, President"; "Wang Yi, State Councilor and Foreign Minister"), and
whether he is a head of state or government.

Separate from the LAC counterpart (``mfa``): the Chinese side is read from the gazetteer's roster of
Chinese officials (who held which office on the event day), not from the offices and names a page
prints, and its questions are its own — which of several officials named is the principal, not the
leader who sent an envoy, not the spokesperson who announces the exchange, not an official who
greets the visitor at the airport. The relevance step asks the spokesperson question too.
"""

from __future__ import annotations

import re
from datetime import date

from nlp import cues
from nlp.dates import parse_date
from nlp.gazetteer import CN_OFFICIAL, Official
from nlp.release import Mention, Release
from nlp.sentences import sentence_at

# office in officials.json -> the codebook's short form, most senior first
SHORT_OFFICES: tuple[tuple[str, str, bool], ...] = (
    ("President of the People's Republic of China", "President", True),
    ("Premier of the State Council", "Premier", True),
    ("Chairman of the NPC Standing Committee", "Chairman of the NPC Standing Committee", False),
    ("Chairman of the CPPCC National Committee", "Chairman of the CPPCC National Committee", False),
    ("Vice President of the People's Republic of China", "Vice President", False),
    ("Vice Premier of the State Council", "Vice Premier", False),
    ("Minister of Foreign Affairs", "Foreign Minister", False),
    ("Director of the Office of the Central Foreign Affairs Commission",
     "Director of the Office of the Central Foreign Affairs Commission", False),
    ("Vice Chairman of the NPC Standing Committee", "Vice Chairman of the NPC Standing Committee", False),
    ("Vice Minister of Foreign Affairs", "Vice Foreign Minister", False),
    ("Head of the Publicity Department of the CPC Central Committee",
     "Head of the CPC Publicity Department", False),
    ("Minister of the International Department of the CPC Central Committee",
     "Minister of the International Department of the CPC Central Committee", False),
    ("General Secretary of the CPC Central "
     "Committee", "General Secretary of the CPC Central Committee", False),
)
STATE_COUNCILOR = re.compile(r"State Council?lor|国务委员|國務委員", re.I)


def _short_office(official: Official, day: date | None,
                  councilor_named: bool = True) -> tuple[str | None, bool]:
    """The codebook's short office of an official on a day (most senior first). A foreign
    minister who was also State Councilor is coded as the release styles him: coders write
    "State Councilor and Foreign Minister" only when the release does."""
    offices = official.offices_on(day) if day else list(official.offices)
    titles = {o.title_en for o in offices}
    if "State Councilor" in titles and "Minister of Foreign Affairs" in titles:
        return ("State Councilor and Foreign Minister" if councilor_named else "Foreign Minister"), False
    for long, short, head in SHORT_OFFICES:
        if long in titles:
            return short, head
    if offices:
        return offices[0].title_en, offices[0].head_of_state_or_government
    return None, False


# The other forms a release prints a Chinese office in before the name (the roster gives the full
# English and Chinese titles): "Foreign Minister", 外长; "Director of the Office of the Central Foreign
# Affairs Commission", 中央外办主任
PRINTED_FORMS: dict[str, tuple[str, ...]] = {
    "Minister of Foreign Affairs": ("Foreign Minister", "外长", "外長", "外交部长", "外交部長"),
    "Director of the Office of the Central Foreign Affairs Commission": (
        "Central Foreign Affairs Commission", "中央外办主任", "中央外辦主任", "中央外事工作委员会办公室主任"),
}


def _printed_office(release: Release, m: Mention, day: date | None, office: str | None) -> str | None:
    """The office the page prints before the official's name when he held two of the codebook's
    offices that day and the page styles him by the other one: coders write the office as the
    release gives it ("Director of the Office of the Central Foreign Affairs Commission Wang Yi",
    中央外办主任王毅, in the months he was also Foreign Minister), as they write "State Councilor and
    Foreign Minister" only when the release does."""
    if office is None or not day:
        return office
    before = ""  # what stands before each of his names in its sentence (a headline often has none)
    for other in release.mentions:
        if other.label != CN_OFFICIAL or getattr(other.entry, "id", None) != m.entry.id:
            continue
        source = release.title if other.where == "title" else release.layout.clean
        left = max(source.rfind(".", 0, other.start), source.rfind("。", 0, other.start),
                   source.rfind("\n", 0, other.start))
        before += source[max(left + 1, other.start - 160):other.start] + "\n"
    held = {o.title_en: o for o in m.entry.offices_on(day)}

    def printed(title: str) -> bool:
        forms = (title, held[title].title_zh, *PRINTED_FORMS.get(title, ()))
        return any(f and f in before for f in forms)

    # only between offices whose printed forms are known (``PRINTED_FORMS``): "President Xi
    # Jinping" prints no title of the roster's in full, and stays the President
    default = next((long for long, short, _h in SHORT_OFFICES if long in held and short == office), None)
    if default not in PRINTED_FORMS or printed(default):
        return office
    for long, short, _head in SHORT_OFFICES:
        if long in held and long in PRINTED_FORMS and long != default and printed(long):
            return short
    return office

def sends_envoy(release: Release, m: Mention) -> bool:
    """Is this mention of a leader the head who sent the principal, not the principal: "President
    Xi Jinping's special envoy", 习近平主席特使 (``envoy_after_head``), "Special Envoy of President
    Xi Jinping and Vice Chairman … <name>", "special envoy of Chinese President Xi Jinping"
    (``envoy_before_head``)? Head-of-state level: the principal is the envoy (a vice chairman, a
    vice president), not the head who sent him."""
    source = release.title if m.where == "title" else release.layout.clean
    if cues.pattern("envoy_after_head").search(source[m.end:m.end + 40]):
        return True
    left = max(0, m.start - 160)
    before = cues.pattern("envoy_before_head").search(source[left:m.start])
    # the head named right after "envoy of": in "Special Envoy of President Xi Jinping and Vice
    # President Han Zheng" the second official is the envoy, not a sender
    return before is not None and not any(
        n.label == CN_OFFICIAL and n.where == m.where and left + before.start() <= n.start < m.start
        for n in release.mentions)


def chinese_side(release: Release) -> tuple[str | None, bool]:
    """The Chinese principal ("Name, Office") and whether he is a head of state or government: the
    first Chinese official of the title/lead/early text; a leader's special envoy is
    the principal rather than the leader who sent him. Read in order (the headline first), a
    leader named as the sender of an envoy before being named as a principal is none of the page
    ("Zheng conveyed President Xi Jinping's congratulations" later in the text does not make Xi
    one); a leader the headline names as the principal stays one ("Xi Sends Message to …", whose
    text adds that Xi's special envoy attended the ceremony)."""
    record = release.record
    day = parse_date(record.event_date) or release.anchor
    order = {"title": 0, "lead": 1, "early": 2, "late": 3}
    ranked = sorted((m for m in release.mentions if m.label == CN_OFFICIAL and isinstance(m.entry, Official)),
                    key=lambda m: (order[m.zone], m.start))
    senders: list[Mention] = []
    protocol = [m for m in ranked if _at_the_airport(release, m) or as_spokesperson(release, m)]
    if len(protocol) < len(ranked):
        ranked = [m for m in ranked if m not in protocol]
    for m in ranked:
        if any(m.entry.id == s.entry.id for s in senders):
            continue
        if sends_envoy(release, m):
            senders.append(m)
            continue
        councilor = bool(STATE_COUNCILOR.search(release.title + "\n" + release.layout.clean[:3000]))
        office, head = _short_office(m.entry, day, councilor)
        office = _printed_office(release, m, day, office)
        record.add_evidence("chinese_side", m.span())
        if office is None:
            record.notes.append(f"chinese side: no office of {m.entry.name_en} known on {day}")
            return m.entry.name_en, False
        return f"{m.entry.name_en}, {office}", head
    if senders:
        # an envoy the gazetteer does not know: the envoy, never the leader, is the principal
        record.add_evidence("chinese_side", senders[0].span())
        return f"Special Envoy of {senders[0].entry.name_en}", False
    return None, False


# The page names the official as the ministry's spokesperson ("Foreign Ministry Spokesperson Hua
# Chunying announced", 外交部发言人华春莹8日宣布, "Mao Ning, the spokesperson,"): the voice of the
# announcement or the answer, not a principal of the exchange, whatever rank the roster gives her
SPOKESPERSON_BEFORE = re.compile(r"(?:[Ss]pokes(?:person|man|woman)|发言人|發言人)\s*$")
SPOKESPERSON_AFTER = re.compile(r"\A\s*,\s*(?:the\s+|a\s+)?(?:[A-Z][\w ]{0,30}\s)?"
                                r"[Ss]pokes(?:person|man|woman)\b")


def as_spokesperson(release: Release, m: Mention) -> bool:
    """Is this official named as a spokesperson (``SPOKESPERSON_*``)?"""
    source = release.title if m.where == "title" else release.layout.clean
    return bool(SPOKESPERSON_BEFORE.search(source[max(0, m.start - 30):m.start])
                or SPOKESPERSON_AFTER.match(source[m.end:m.end + 60]))


# words every ``airport_protocol`` cue contains one of
AIRPORT_WORDS = ("airport", "机场", "機場", " off")


def _at_the_airport(release: Release, m: Mention) -> bool:
    """Is this official named in a sentence about greeting the visitor at the airport or seeing him
    off ("Vice Foreign Minister Ma Zhaoxu greeted him at the airport", 马朝旭等到机场迎接)? Such
    officials are protocol, not the principal: the host the page names elsewhere is."""
    source = release.title if m.where == "title" else release.layout.clean
    if not any(word in source for word in AIRPORT_WORDS):  # (most pages name no airport)
        return False
    cue = cues.pattern("airport_protocol")
    left, right = sentence_at(source, m.start)
    # the mention's own clause ("Ma Zhaoxu greeted him at the airport"), not a clause before it
    # ("At the invitation of President Xi Jinping, …, and was greeted at the airport by …")
    start = max(left, *(source.rfind(c, left, m.start) + 1 for c in ",，;；"))
    ends = [i for i in (source.find(c, m.end, right) for c in ",，;；") if i != -1]
    if cue.search(source[start:min(ends, default=right)]):
        return True
    # a list of greeters after "greeted … at the airport by" ("by Vice Premier A, Foreign Minister B")
    return any(re.match(r"\s+by\b", source[c.end():c.end() + 5]) for c in cue.finditer(source, left, m.start))
