"""Chunking: cuts at paragraphs, sentences or white space; bounded tokenizer runs; one Doc again."""

from __future__ import annotations

import itertools

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

import timeline
from tests import strategies
from tests.strategies import FAST, PARSED
from timeline.chunking import MAX_RUN, chunk_bounds, run_pipeline, run_pipeline_batch, tokenize
from timeline.pipeline import DEFAULT_MODEL, times_pipeline
from timeline.store import TIME_EXPRESSIONS


@FAST
@given(strategies.texts(), st.integers(min_value=1, max_value=120))
def test_chunks_cover_the_text_and_never_cut_a_word(text: str, size: int) -> None:
    bounds = chunk_bounds(text, size)
    assert "".join(text[start:end] for start, end in bounds) == text
    assert all(0 < end - start <= size for start, end in bounds)
    assert all(previous[1] == following[0] for previous, following in itertools.pairwise(bounds))
    for start, end in bounds[:-1]:
        # A cut follows white space, unless the chunk has none at all (a "word" longer than a chunk).
        assert text[end - 1].isspace() or not any(character.isspace() for character in text[start:end])


def test_chunks_end_at_paragraphs_then_sentences_then_white_space() -> None:
    paragraphs = "First paragraph, one sentence. Another.\n\nSecond paragraph here."
    assert _first_chunk(paragraphs, 50) == "First paragraph, one sentence. Another.\n\n"
    sentences = "One sentence here. Another sentence comes, and then more words"
    assert _first_chunk(sentences, 30) == "One sentence here. "
    words = "no sentence ends anywhere in this long line of words"
    assert _first_chunk(words, 20) == "no sentence ends "


def _first_chunk(text: str, size: int) -> str:
    start, end = chunk_bounds(text, size)[0]
    return text[start:end]


def test_a_run_longer_than_a_chunk_is_cut_where_the_chunk_ends() -> None:
    assert chunk_bounds("?" * 25, 10) == ((0, 10), (10, 20), (20, 25))


def test_chunk_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        chunk_bounds("text", 0)


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def times_only() -> Language:
    return times_pipeline()


@FAST
@given(strategies.texts())
def test_tokens_spell_the_text(blank: Language, text: str) -> None:
    nlp = blank
    text = "".join(character for character in text if not "\ud800" <= character <= "\udfff")
    doc = tokenize(nlp, text)
    assert doc.text == text
    assert all(len(token.text) <= max(MAX_RUN, 1) for token in doc if not token.is_space)


@FAST
@given(strategies.news_texts())
def test_text_without_long_runs_gets_the_tokenizers_own_tokens(blank: Language, text: str) -> None:
    nlp = blank
    assert [token.text for token in tokenize(nlp, text)] == [token.text for token in nlp.make_doc(text)]


@FAST
@given(strategies.news_sentences(max_sentences=12))
def test_time_expressions_do_not_depend_on_chunks(times_only: Language, text: str) -> None:
    nlp = times_only
    whole = TIME_EXPRESSIONS.get(run_pipeline(nlp, text, "2020-06-09"))
    assert TIME_EXPRESSIONS.get(run_pipeline(nlp, text, "2020-06-09", size=150)) == whole


def test_find_times_reads_a_text_longer_than_spacys_max_length() -> None:
    filler = "Nothing happened here. " * 44_000
    text = filler + "On Monday, the talks ended."
    assert len(text) > 1_000_000
    [monday] = timeline.find_times(text, "2020-06-09")
    assert (monday.text, monday.start, monday.value.value) == ("Monday", len(filler) + 3, "2020-06-08")


@pytest.fixture(scope="module")
def short_pipeline() -> Language:
    """The full pipeline, made to refuse texts longer than 400 characters in one piece."""
    nlp = timeline.pipeline(spacy.load(DEFAULT_MODEL))
    nlp.max_length = 400
    return nlp


@PARSED
@given(strategies.news_sentences(max_sentences=40))
def test_extract_beyond_max_length_is_one_timeline(short_pipeline: Language, text: str) -> None:
    chunked = timeline.extract(text, "2020-06-09", nlp=short_pipeline)
    whole = timeline.extract(text, "2020-06-09")
    assert chunked.text == text
    # Times are found in the whole text at once: the same wherever the chunks end.
    assert [(e.id, e.start, e.end, e.text) for e in chunked.expressions] == [
        (e.id, e.start, e.end, e.text) for e in whole.expressions
    ]
    ids = [event.id for event in chunked.events]
    assert ids == [f"e{number}" for number in range(1, len(ids) + 1)]
    for event in chunked.events:
        assert text[event.start : event.end] == event.text
    assert sorted(entry.event.id for entry in chunked) == sorted(ids)
    assert chunked.sentences[-1][1] <= len(text)


def test_the_example_article_in_small_chunks_gives_the_same_timeline(
    short_pipeline: Language, seed_text: str, seed_timeline: timeline.Timeline
) -> None:
    chunked = timeline.extract(seed_text, "2020-06-09", nlp=short_pipeline)
    assert len(seed_text) > short_pipeline.max_length
    assert chunked.expressions == seed_timeline.expressions
    assert [(entry.label, entry.description) for entry in chunked] == [
        (entry.label, entry.description) for entry in seed_timeline
    ]


def test_a_batch_gives_the_docs_run_pipeline_gives_short_and_long_alike() -> None:
    nlp = times_pipeline()
    nlp.max_length = 40  # the time-only pipeline chunks at max_length: the long texts take the chunked path
    texts = [
        ("They met on Monday.", "2020-06-09"),
        ("They met on Monday.\n\nThey meet again on Friday, and in June 2021.", "2020-06-09"),
        ("", "2020-06-09"),
        ("Since 1999.", "2021-01-01"),
    ]
    batch = run_pipeline_batch(nlp, texts, batch_size=2)
    alone = [run_pipeline(nlp, text, date) for text, date in texts]
    assert [TIME_EXPRESSIONS.get(doc) for doc in batch] == [TIME_EXPRESSIONS.get(doc) for doc in alone]
    assert [doc.text for doc in batch] == [text for text, _ in texts]
    assert len(TIME_EXPRESSIONS.get(batch[1])) == 3
