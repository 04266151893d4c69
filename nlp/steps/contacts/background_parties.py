"""A party named but not taking part: in what someone said or what the sides talked about, as the
counterpart's rival or the party whose government it replaced, or as the coalition another party
belongs to. The readers of parties skip such mentions.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import LAC_PARTY
from nlp.release import Mention, Release
from nlp.sentences import sentence_at
from nlp.steps.contacts.english_names import CHINESE_SIDE
from nlp.steps.contacts.focus import WITH_PARTICIPANTS
from nlp.topic_clauses import in_what_was_said

CLAUSE_BREAK = re.compile(r"[,，;；]|\b(?:but|while|whereas)\b|但|而")
# A party named as the rival of the counterpart ("whose candidate defeated the candidate of …", "its
# victory over …"), or as the one whose government it replaced ("returned to power after five years
# of rule by …", "took over from …", 取代): the party that governed before, not one taking part.
RIVAL = re.compile(r"\b(?:defeat(?:ed|ing|s)?|beat(?:ing|s)?|against|rivals?|opponents?|challengers?|"
                   r"ousted|succeeded|replaced|lost\s+to|rule\s+(?:by|of)|government\s+by|(?:took|taking|takes|take)\s+over\s+from|"
                   r"(?:victory|victories|win|wins|triumph|lead|edge)\s+over)\b|"
                   r"击败|擊敗|战胜|戰勝|对手|對手|打败|打敗|取代", re.I)


def _with_participants_after_topic(text: str, left: int, at: int) -> bool:
    """Does "with representatives of" stand between the sentence's last topic cue and the party? Then
    the party is whom the talk was held with; a topic cue after it ("… with representatives of the
    FSLN on relations with the PSUV") makes what follows the topic again."""
    withs = list(WITH_PARTICIPANTS.finditer(text, left, at))
    if not withs:
        return False
    topics = [m.start() for m in cues.pattern("talk_topic").finditer(text, left, at)]
    return not topics or max(topics) < withs[-1].start()


HAN = re.compile(r"[\u4e00-\u9fff]")
# A party as the subject of its clause: at the sentence's start, or after a clause break or a
# conjunction opening a clause ("The Broad Front governed …", "…, while the PLD ruled until 2020")
SUBJECT_BEFORE = re.compile(r"(?:\A|[,;:]\s*|\b(?:while|whereas|although|after|before|when|where|and|but)\s+)"
                            r"\s*(?:the\s+)?\Z", re.I)


def not_own_party(text: str, left: int, at: int, end: int | None = None) -> bool:
    """Is the party named at ``at`` (its sentence opening at ``left``) one the counterpart is not
    of: its rival or the party whose government it replaced (``RIVAL``, in the 80 characters
    before it; cues ``rival_before``, ``rival_after`` right before or after it: "in opposition to the
    government of Libre", 自由与重建党政府的反对党), a party someone has
    left (cue ``former_party``, right before it), or the party that governed before or holds the
    majority of the body the counterpart sits in, as the subject of a clause saying so (cues
    ``governed_before``, ``majority_after``, right after it: "The Broad Front governed the country
    from 2005 to 2020", 此前多米尼加解放党连续执政16年, "a Senate where Morena holds the majority")."""
    if RIVAL.search(text, max(left, at - 80), at) is not None:
        return True
    if any(cues.pattern(cue).search(text, max(left, at - 60), at) is not None
           for cue in ("former_party", "rival_before")):
        return True
    if end is None:
        return False
    if cues.pattern("rival_after").match(text, end) is not None:
        return True
    governed = (cues.pattern("governed_before").match(text, end)
                or cues.pattern("majority_after").match(text, end))
    if governed is None:
        return False
    # (Chinese puts the subject right before its verb: 解放党连续执政16年 says it of the party)
    return HAN.search(governed.group()) is not None or SUBJECT_BEFORE.search(text[left:at]) is not None


def background(text: str, at: int, end: int | None = None) -> bool:
    """A party named in what someone said, in what the sides talked about ("exchanged views on the
    Broad Front's relations with the National Party", 双方就…交换意见), or as one the counterpart is
    not of (its rival, a party someone left, the party that governed before: ``not_own_party``): a
    topic, not a participant; and one the sentence says stayed away (in the 80 characters after it)."""
    left, right = sentence_at(text, at)
    topic = cues.pattern("talk_topic").search(text, left, right)  # (its lookahead reads the whole sentence)
    # a topic naming the CPC ("relations between the CPC and the PSUV", 两党关系) is about the two sides
    # of the exchange: the party there is the counterpart's own
    topic_only = (topic is not None and topic.start() < at
                  and CHINESE_SIDE.search(text, topic.start(), right) is None
                  and not _with_participants_after_topic(text, left, at))
    # "The Dominican Liberation Party declined an invitation", 乌拉圭民族党未参加: named as staying away
    # (in its own clause: "the PNP attended, but the JLP did not attend" keeps the PNP)
    away = cues.pattern("non_participant").search(text, at, min(right, at + 80))
    if away is not None and CLAUSE_BREAK.search(text, at, away.start()):
        away = None
    return (in_what_was_said(text, at) or topic_only or away is not None
            or not_own_party(text, left, at, end))


# A party's coalition given as an attribute of it ("a delegation of the Socialist Party of Chile, a
# member of the ruling New Majority coalition", "the Broad Front, part of the governing alliance", "…, a
# party of Chile's Frente Amplio coalition", "a party in the Gran Polo Patriótico"): the
# coalition tells which bloc the participating party belongs to; it does not take part itself (codebook:
# contacts list the parties the page names as taking part). Only right after another party's name:
# "led by X, a member of the PSUV" after a person gives that person's party, a participant.
MEMBER_OF_AFTER_PARTY = re.compile(
    r"\s*(?:\([^()\n]{1,15}\))?,\s+(?:which\s+is\s+|itself\s+)?(?:(?:a|an|one|the)\s+)?(?:of\s+the\s+)?"
    r"(?:founding\s+|leading\s+|main\s+)?(?:member(?:s|\s+part(?:y|ies))?|component|part|party)\s+(?:of|in)\s+"
    r"(?:the\s+)?(?:[\w-]+['’]s?\s+)?(?:(?:ruling|governing|opposition|left(?:ist|-wing)?|cent(?:er|re)-left)\s+)?",
    re.I)
OF_BEFORE = re.compile(r"\b(?:of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+)?\Z")


# Another party named inside an apposition that describes the party just before it, as what it is
# ranked, allied or compared with ("the PFL, the main opposition party together with the PSDB", "the
# PSDB, the largest party after the PT", "…, a party allied with the PCV"): the apposition tells what
# the participating party is; the party it is set beside does not take part (the apposition runs to
# the next comma, so "the PT, the ruling party, and the PCdoB" keeps the PCdoB).
BESIDE_AFTER_PARTY = re.compile(
    r"\s*[)）]?\s*(?:\([^()\n]{1,15}\))?,\s+(?:which\s+is\s+)?(?:(?:then|now|currently|still)\s+)?"
    r"(?:the|a|an|one)\s+[^,;:.()\n]{0,60}?\b"
    r"(?:together\s+with|along\s+with|alongside|allied\s+(?:with|to)|an?\s+ally\s+of|second\s+only\s+to|"
    r"after|than)\s+(?:the\s+)?", re.I)
BESIDE_BEFORE = re.compile(r"\b(?:with|alongside|to|of|after|than)\s+(?:the\s+)?\Z", re.I)


def coalition_of_party(release: Release, m: Mention) -> bool:
    """Is this party named as an attribute of another party named just before it: the coalition it
    belongs to (``MEMBER_OF_AFTER_PARTY``), or the party it is ranked, allied or compared with in an
    apposition describing it (``BESIDE_AFTER_PARTY``)?"""
    text = release.layout.clean
    if m.where != "text":
        return False
    member = OF_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
    beside = BESIDE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
    if not member and not beside:
        return False  # (cheap test first: most parties follow no "… of the", "… with the")
    return any(
        p is not m and p.label == LAC_PARTY and p.where == "text" and p.end <= m.start
        and ((member and m.start <= p.end + 60 and MEMBER_OF_AFTER_PARTY.fullmatch(text, p.end, m.start))
             or (beside and m.start <= p.end + 80 and BESIDE_AFTER_PARTY.fullmatch(text, p.end, m.start)))
        for p in release.mentions)
