"""What the content classifier looks at — one definition shared by train and classify.

A release is seen as three texts and one bag of structured facts the extractor found:

- ``title``: the headline, words (the headline alone often says "Meets" or "Training Course");
- ``body``: the first part of the body text, as words and as character n-grams — character
  n-grams carry Chinese, which has no spaces between words;
- ``facts``: the codebook's own grounds as the extractor found them, as tokens: the rule-derived
  event type and its family (``event_type=seminar``, ``family=knowledge``), the rules' content
  tag, participant cues (``participants=group`` for a group that came for a course or a study
  tour, ``participants=many``, counts of contacts and parties, their kinds), ``mechanism=regional``,
  ``source=idcpc``, ``lang=zh``.

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
# grounds — event-type family, the rules' tag as its own column, participant cues.
VERSION = 2


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


def facts_of(record: Record) -> str:
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
    tokens = [f"source={record.source or 'none'}", f"lang={record.lang or 'none'}",
              f"relevant={'yes' if record.relevant else 'no'}",
              f"event_type={kind}", f"family={family}",
              f"type_from={'+'.join(where) or 'none'}",
              f"exchange_type={record.exchange_type or 'none'}",
              f"contacts={_count(len(record.contacts))}", f"parties={_count(len(parties))}"]
    # A daily-interaction format the rules still call knowledge exchange: the counterpart is a
    # group that came for a course, a study tour or a forum (the content rule's group cue).
    if family == "daily" and rule == "rule=knowledge":
        tokens.append("participants=group")
    if len(parties) >= 2 or record.exchange_type == "multilateral":
        tokens.append("participants=many")
    kinds = sorted({f"contact={contact.kind or 'other'}" for contact in record.contacts})
    tokens += kinds or ["contact=none"]
    tokens += sorted({f"mechanism={tag}" for tag in record.mechanism}) or ["mechanism=none"]
    return " ".join(token.replace(" ", "_") for token in tokens)


def frame(items: Iterable[tuple[Record, str]]) -> pd.DataFrame:
    """One row per (record, body text) pair, in the columns the model's transformer expects."""
    rows = [
        {"title": record.title or "", "body": (text or "")[:BODY_CHARS], "facts": facts_of(record),
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
            ("rule", CountVectorizer(token_pattern=r"\S+", lowercase=False, binary=True), "rule"),
        ],
        transformer_weights=dict(WEIGHTS),
        sparse_threshold=1.0,
    )
