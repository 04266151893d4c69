"""Property tests (Hypothesis, fixed seed, small budget): any document gives a record, never an
exception; evidence points at the text it quotes; the tokenizer guard keeps offsets."""

from __future__ import annotations

import re

import spacy
from hostile import CI, hostile_text, optional_text
from hypothesis import given
from hypothesis import strategies as st

from nlp.dates import DATELINE_EN
from nlp.extract import extract, extract_many
from nlp.language import WarmTokenizer, gazetteer_entities, pipeline
from nlp.safe_text import PUNCT_RUN, tokenizer_safe, without_surrogates
from nlp.schema import Record
from nlp.text import DATELINE_EN_SEARCH

documents = st.fixed_dictionaries({
    "url": st.one_of(st.none(), st.text(max_size=40)),
    "source": st.sampled_from(["idcpc", "mfa", "other", None, ""]),
    "lang": st.sampled_from(["en", "zh", "es", None]),
    "title": optional_text,
    "published": st.one_of(st.none(), st.sampled_from(["2024-03-05", "2024-02-30", "yesterday", ""])),
    "text": hostile_text,
})


@CI
@given(documents)
def test_any_document_gives_a_record_with_true_evidence(doc):
    record = extract(doc)
    assert isinstance(record, Record)
    assert not any(note.startswith("extraction failed") for note in record.notes), record.notes
    title, text = (doc["title"] or "").strip(), doc["text"] or ""
    for spans in record.evidence.values():
        for span in spans:
            source = title if span.where == "title" else text
            assert 0 <= span.start <= span.end <= len(source)
            assert source[span.start:span.end] == span.text


@CI
@given(st.lists(documents, min_size=1, max_size=5))
def test_a_batch_gives_one_first_record_per_document_in_order(docs):
    records = list(extract_many(docs))
    firsts = [r for r in records if getattr(r, "item", 0) == 0]
    assert [r.url for r in firsts] == [str(d["url"] or "") for d in docs]


@CI
@given(hostile_text)
def test_tokenizer_guard_keeps_length_and_leaves_no_long_run(text):
    safe, runs = tokenizer_safe(text)
    assert len(safe) == len(text) and not PUNCT_RUN.search(safe)
    assert tokenizer_safe(safe) == (safe, 0)
    assert runs == len(PUNCT_RUN.findall(text))
    assert re.sub(r"[^\w\s]", "", safe.replace(" ", "")) == re.sub(r"[^\w\s]", "", text.replace(" ", ""))


dateline_parts = st.lists(st.sampled_from(
    [" ", "  ", "\n", "\t", "|", "| ", "Beijing", "Havana, Cuba", ", ", "June", "Nov.", " 21st", " 3",
     ", 2024", "--", " -- ", "—", "On ", "date 2024-01-01", " (Xinhua) ", "x", "A", "."]),
    max_size=30).map("".join)


@CI
@given(dateline_parts)
def test_the_linear_dateline_search_finds_what_the_pattern_finds(text):
    old, new = DATELINE_EN.search(text), DATELINE_EN_SEARCH.search(text)
    assert (old is None) == (new is None)
    if old and new:
        assert old.groupdict() == new.groupdict() and old.end() == new.end()
        for group in ("city", "mname", "d", "y"):
            assert old.span(group) == new.span(group)


PLAIN_EN = spacy.blank("en").tokenizer
english_texts = st.lists(st.one_of(hostile_text, st.sampled_from(
    ["Nov. 3", "don't", "U.S.", "a.m.", ":)", "(PCC)", "  ", "   ", " \t", "Workers' Party", "e.g.", "—"])),
    max_size=12).map(" ".join)


@CI
@given(english_texts)
def test_warm_tokenizer_gives_spacys_tokens(text):
    text, _ = tokenizer_safe(without_surrogates(text)[0])  # as extraction gives it to spaCy
    nlp = pipeline("en")
    assert isinstance(nlp.tokenizer, WarmTokenizer)
    warm = nlp.tokenizer(text)
    plain = PLAIN_EN(text)  # spaCy's own English tokenizer, its cache filled only the usual way
    assert [(t.text, t.idx, t.whitespace_) for t in warm] == [(t.text, t.idx, t.whitespace_) for t in plain]


@CI
@given(english_texts, st.sampled_from(["en", "zh"]))
def test_gazetteer_entities_are_the_entity_rulers(text, lang):
    text, _ = tokenizer_safe(without_surrogates(text)[0])
    nlp = pipeline(lang)
    ruled = nlp(text)  # the EntityRuler sets doc.ents
    found = gazetteer_entities(nlp, nlp.make_doc(text), text)
    assert [(e.label_, e.ent_id_, e.start_char, e.end_char, e.text) for e in ruled.ents] == \
        [tuple(e) for e in found.ents]
