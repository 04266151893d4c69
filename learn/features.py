"""What the content classifier looks at — one definition shared by train and classify.

A release is seen as three texts and one bag of structured facts the extractor found:

- ``title``: the headline, words (the headline alone often says "Meets" or "Training Course");
- ``body``: the first part of the body text, as words and as character n-grams — character
  n-grams carry Chinese, which has no spaces between words;
- ``facts``: tokens such as ``event_type=seminar``, ``contact=party``, ``mechanism=regional``,
  ``source=idcpc``, ``lang=zh`` from the record's structured fields.

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
COLUMNS = ("title", "body", "facts")


def facts_of(record: Record) -> str:
    """The record's structured fields as space-separated ``name=value`` tokens."""
    tokens = [f"source={record.source or 'none'}", f"lang={record.lang or 'none'}",
              f"event_type={record.event_type or 'none'}",
              f"exchange_type={record.exchange_type or 'none'}"]
    kinds = sorted({f"contact={contact.kind or 'other'}" for contact in record.contacts})
    tokens += kinds or ["contact=none"]
    tokens += sorted({f"mechanism={tag}" for tag in record.mechanism}) or ["mechanism=none"]
    return " ".join(token.replace(" ", "_") for token in tokens)


def frame(items: Iterable[tuple[Record, str]]) -> pd.DataFrame:
    """One row per (record, body text) pair, in the columns the model's transformer expects."""
    rows = [
        {"title": record.title or "", "body": (text or "")[:BODY_CHARS], "facts": facts_of(record)}
        for record, text in items
    ]
    return pd.DataFrame(rows, columns=list(COLUMNS))


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
        ],
        # The headline counts double: it names the kind of event in a few words, while the
        # body of a long release (speeches, agency boilerplate) dilutes the signal.
        transformer_weights={"title_words": 2.0, "title_chars": 2.0},
        sparse_threshold=1.0,
    )
