"""What the content classifier looks at — one definition shared by train and classify.

A release is seen as three texts and one bag of structured facts the extractor found:

- ``title``: the headline, words (the headline alone often says "Meets" or "Training Course");
- ``body``: the first part of the body text, as words and as character n-grams — character
  n-grams carry Chinese, which has no spaces between words;
- ``facts``: the codebook's own grounds as the extractor found them, as tokens: the rule-derived
  event type and its family (``event_type=seminar``, ``family=knowledge``), participant cues
  (``participants=group`` for a group that came for a course or a study tour,
  ``participants=many``, counts of contacts and parties, their kinds), the formats the headline
  and the lead name in the cue vocabulary (``title_format=forum``, ``lead_format=group``),
  ``source=idcpc``, ``lang=zh``;
- ``rule``: the rules' content tag, one token.

Fields that are no ground of content are left out: relevance (a page extraction finds not
relevant has no facts, not a content), the exchange's scope and the party family (``mechanism``:
leftist or not says nothing of the format; multilateral is ``participants=many``). With a few
hundred labels, a token that happens to go with one class in them (every multilateral example a
forum) would otherwise be learnt as if it were a rule.

Only scikit-learn's own classes are used (no custom functions inside the pipeline), so a model
saves with skops and loads with an explicit list of trusted types.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from nlp.schema import Record

# The lead of a release says what kind of exchange it is; long tails (speeches, menus of
# news-agency copies) mostly add noise.
BODY_CHARS = 2500
COLUMNS = ("title", "body", "facts", "rule")
# Which feature set a saved model was fitted with (its metadata says so): 2 adds the codebook's
# grounds — event-type family, the rules' tag as its own column, participant cues; 3 adds the formats
# named in the headline and the lead and leaves out relevance, scope and mechanism.
VERSION = 3


# The codebook's two families of event type (SCHEMA.md, content): the formats of knowledge exchange
# and those of daily interaction. One token per family lets a label on one seminar teach the model
# about forums and courses too, instead of about the words of that page.
KNOWLEDGE_TYPES = frozenset({"training_course", "seminar", "forum", "dialogue", "field_trip", "briefing"})
DAILY_TYPES = frozenset({"meeting", "message", "phone_call", "video_call", "delegation_visit_abroad",
                         "delegation_received", "state_visit", "official_visit", "talks",
                         "meeting_on_sidelines", "joint_statement"})
RULE_NOTE = "rule tag: "


def rule_content(record: Record) -> str | None:
    """The extraction rules' content tag of a record, also after a model or a person re-tagged it.

    The rules' tag is kept in a note once ``classify`` replaces it; a record tagged by a person
    with no note falls back on the family of its event type (the rule the extractor applies).
    """
    if record.content_source in (None, "rule"):
        return record.content
    for note in record.notes:
        if note.startswith(RULE_NOTE):
            return note[len(RULE_NOTE):].partition(" (p=")[0] or None
    if record.event_type in KNOWLEDGE_TYPES:
        return "knowledge exchange"
    return "daily interaction" if record.event_type else None


def rule_token(record: Record) -> str:
    """The rules' tag as the one token of the ``rule`` column (``rule=knowledge``, ``rule=daily``)."""
    short = {"knowledge exchange": "knowledge", "daily interaction": "daily"}
    return f"rule={short.get(rule_content(record) or '', 'none')}"


def _count(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4+"


# The cue vocabularies (nlp/gazetteer/cues.json) that name a format of knowledge exchange, or a group
# that came for one, or many parties as the other side: the codebook's content grounds in words.
FORMAT_CUES = (("training_course", "idcpc.training_course"), ("seminar", "idcpc.seminar"),
               ("briefing", "idcpc.briefing"), ("forum", "idcpc.forum"), ("dialogue", "idcpc.dialogue"),
               ("field_trip", "idcpc.field_trip"), ("group", "group_counterpart"), ("many", "many_parties"))
# The lead: the first sentences say what the exchange was; later a speech may name any forum.
LEAD_CHARS = 400


def format_cues(where: str, text: str) -> list[str]:
    """``<where>_format=<kind>`` for each format the cue vocabulary finds in ``text``.

    They tell the model what the page itself calls the event even where the extractor gave no
    type of that family (a foreign-ministry page has no ``forum`` type; a page extraction found
    not relevant has none), so a label on a "Media Forum Held" page is learnt as a forum, not as
    whatever else that page happened to have (a multilateral side, no named contact).
    """
    from nlp import cues  # the extractor's vocabulary; imported here so learn loads without it first

    return [f"{where}_format={kind}" for kind, cue_id in FORMAT_CUES
            if text and cues.pattern(cue_id).search(text)]


def facts_of(record: Record, text: str = "") -> str:
    """The record's structured fields and participant cues as space-separated ``name=value`` tokens.

    These are what the codebook decides content by — the format of the event (its type and the
    type's family), who takes part (a group that came for a course or a study tour, many parties,
    a regional or worldwide platform) — as the extractor found them, so a few hundred reviewed
    labels adjust how much each counts instead of teaching the words of single pages.
    """
    kind = record.event_type or "none"
    family = ("knowledge" if kind in KNOWLEDGE_TYPES else "daily" if kind in DAILY_TYPES
              else "other" if record.event_type else "none")
    rule = rule_token(record)
    where = sorted({span.where for span in record.evidence.get("event_type", [])})
    parties = {contact.party for contact in record.contacts if contact.party}
    tokens = [f"source={record.source or 'none'}", f"lang={record.lang or 'none'}"]
    # No event type (a page extraction found not relevant) is no evidence either way: no token, so
    # the few such pages among the labels do not teach "no type" as a class; the text decides.
    if record.event_type:
        tokens += [f"event_type={kind}", f"family={family}", f"type_from={'+'.join(where) or 'none'}"]
    tokens += [f"contacts={_count(len(record.contacts))}", f"parties={_count(len(parties))}"]
    # A daily-interaction format the rules still call knowledge exchange: the counterpart is a
    # group that came for a course, a study tour or a forum (the content rule's group cue).
    if family == "daily" and rule == "rule=knowledge":
        tokens.append("participants=group")
    if len(parties) >= 2 or record.exchange_type == "multilateral":
        tokens.append("participants=many")
    kinds = sorted({f"contact={contact.kind or 'other'}" for contact in record.contacts})
    tokens += kinds
    tokens += format_cues("title", record.title or "") + format_cues("lead", (text or "")[:LEAD_CHARS])
    return " ".join(token.replace(" ", "_") for token in tokens)


def frame(items: Iterable[tuple[Record, str]]) -> pd.DataFrame:
    """One row per (record, body text) pair, in the columns the model's transformer expects."""
    rows = [
        {"title": record.title or "", "body": (text or "")[:BODY_CHARS],
         "facts": facts_of(record, text or ""),
         "rule": rule_token(record)}
        for record, text in items
    ]
    return pd.DataFrame(rows, columns=list(COLUMNS))


# How much each block counts. The codebook's grounds (facts) count most, so that the model starts
# where the rules are and reviewed labels shift the weight of each ground; the headline counts
# more than the body, which long speeches and agency boilerplate dilute.
WEIGHTS = {"title_words": 2.0, "title_chars": 2.0, "body_words": 1.0, "body_chars": 1.0, "facts": 1.0,
           "rule": 4.0}


def transformer() -> ColumnTransformer:
    """Text n-grams (words, characters) and structured facts, side by side."""
    return ColumnTransformer(
        [
            ("title_words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1), "title"),
            ("title_chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True,
                                            min_df=2, max_features=20000), "title"),
            ("body_words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2,
                                           max_features=30000), "body"),
            ("body_chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True,
                                           min_df=2, max_features=40000), "body"),
            ("facts", CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True), "facts"),
            # Only the two tags are features: ``rule=none`` (no tag) is no evidence either way.
            ("rule", CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True,
                                     vocabulary=["rule=daily", "rule=knowledge"]), "rule"),
        ],
        transformer_weights=dict(WEIGHTS),
        sparse_threshold=1.0,
    )
