"""Paragraph boundaries before the parser, and sentence numbers and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import given
from spacy.language import Language
from spacy.tokens import Doc

from tests.strategies import hostile_texts, news_sentences
from timeline.sentences import ParagraphBoundaries, PunctuationSentences, sentence_numbers, sentence_offsets
from timeline.timeml.reader import read_corpus


def _marked(text: str) -> Doc:
    return ParagraphBoundaries()(spacy.blank("en")(text))


def _starts(doc: Doc) -> list[str]:
    return [token.text for token in doc if token.is_sent_start]


def test_first_token_starts_a_sentence() -> None:
    assert _starts(_marked("no break here")) == ["no"]


def test_blank_line_starts_a_sentence() -> None:
    assert _starts(_marked("A headline without a stop\n\nThe first sentence.")) == ["A", "The"]


def test_newline_after_closing_punctuation_starts_a_sentence() -> None:
    assert _starts(_marked("One sentence.\nAnother one.")) == ["One", "Another"]
    assert _starts(_marked("He said “yes.”\nThen he left.")) == ["He", "Then"]
    assert _starts(_marked("Did it?\nNo.")) == ["Did", "No"]


def test_single_newline_inside_a_sentence_is_no_boundary() -> None:
    doc = _marked("He said\nthat it rained.")
    assert _starts(doc) == ["He"]
    assert not any(token.is_sent_start for token in doc[1:])


def test_other_tokens_are_left_to_the_parser() -> None:
    doc = _marked("A headline\n\nThe first sentence.")
    assert [token.is_sent_start for token in doc] == [True, None, None, True, None, None, None]


def test_leading_and_trailing_breaks_do_not_fail() -> None:
    assert _starts(_marked("\n\nLeading")) == ["\n\n"]
    assert _starts(_marked("Trailing\n\n")) == ["Trailing"]
    assert len(_marked("")) == 0


def test_sentence_numbers_without_boundaries_are_zero() -> None:
    assert sentence_numbers(spacy.blank("en")("no boundaries here")) == [0, 0, 0]


def test_sentence_numbers_follow_marked_boundaries() -> None:
    doc = _marked("One sentence.\nAnother one.")
    assert sentence_numbers(doc) == [0, 0, 0, 0, 1, 1, 1]


def test_sentence_offsets_of_marked_doc() -> None:
    text = "A headline\n\nThe first sentence."
    offsets = sentence_offsets(_marked(text))
    assert offsets == ((0, 12), (12, 31))
    assert text[offsets[1][0] : offsets[1][1]] == "The first sentence."


def test_sentence_offsets_without_boundaries_is_the_whole_text() -> None:
    assert sentence_offsets(spacy.blank("en")("no boundaries")) == ((0, 13),)


def test_sentence_offsets_of_empty_doc() -> None:
    assert sentence_offsets(spacy.blank("en")("")) == ()


def test_parsed_doc_numbers_and_offsets(nlp: Language) -> None:
    text = "First one here. Second one here."
    doc = nlp(text)
    assert sentence_numbers(doc) == [0, 0, 0, 0, 1, 1, 1, 1]
    assert [text[start:end] for start, end in sentence_offsets(doc)] == [
        "First one here.",
        "Second one here.",
    ]


def test_parser_keeps_paragraph_boundaries(nlp: Language) -> None:
    doc = nlp("North Korea To Cut All Communications\n\nNorth Korea is taking steps.")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "North Korea To Cut All Communications",
        "North Korea is taking steps.",
    ]


def test_factory_adds_the_component() -> None:
    blank = spacy.blank("en")
    blank.add_pipe("timeline_paragraphs")
    doc = blank("A headline\n\nThe text.")
    assert _starts(doc) == ["A", "The"]


def test_a_dateline_or_headline_on_its_own_line_ends_a_sentence() -> None:
    doc = _marked("June 8, 2010\nYesterday Apple unveiled a phone.")
    assert _starts(doc) == ["June", "Yesterday"]
    doc = _marked("Apple Unveils New Phone\nThe company said so.")
    assert _starts(doc) == ["Apple", "The"]


def test_a_long_title_case_line_is_left_to_the_parser() -> None:
    doc = _marked("The Korean War Ended With An Armistice In 1953\nand never a peace treaty.")
    assert _starts(doc) == ["The"]


# --- the punctuation sentencizer: spaCy's rule, read from arrays ------------------------------------

_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "tbaq-cleaned"
_SPACY_SENTENCIZER = spacy.blank("en")
_SPACY_SENTENCIZER.add_pipe("sentencizer")
_OURS = spacy.blank("en")
_OURS.add_pipe("timeline_sentencizer")


def _boundaries(nlp: Language, text: str) -> list[bool | None]:
    return [token.is_sent_start for token in nlp(text)]


@given(hostile_texts() | news_sentences())
def test_punctuation_sentences_are_spacys_sentencizer(text: str) -> None:
    assert _boundaries(_OURS, text) == _boundaries(_SPACY_SENTENCIZER, text)


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the shared corpus is not next to the repository")
def test_punctuation_sentences_match_spacy_on_the_corpus() -> None:
    texts = [document.text for document in read_corpus(_CORPUS)]
    assert texts
    for text in texts:
        assert _boundaries(_OURS, text) == _boundaries(_SPACY_SENTENCIZER, text)


def test_punctuation_sentences_keep_earlier_boundaries() -> None:
    doc = spacy.blank("en")("A title line\nThe text. More")
    doc[3].is_sent_start = True
    doc[5].is_sent_start = False
    marked = PunctuationSentences()(doc)
    assert [token.is_sent_start for token in marked] == [True, False, False, True, False, False, False, True]
