"""Sentence boundaries a parser misses in news, and sentence numbers for mentions.

News text breaks paragraphs, headlines and photo captions with blank lines and
often without final punctuation; a statistical parser then runs a headline
into the first sentence. The ``timeline_paragraphs`` component, placed before
the parser, starts a sentence after every line break that follows a blank line
or closing punctuation, or that ends a short line with no lowercase word (a
dateline such as "June 8, 2010", a headline), and the parser keeps those
boundaries. A line hard-wrapped inside a sentence ("He said") is left alone.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from timeline.arrays import token_flags, token_texts

__all__ = [
    "ParagraphBoundaries",
    "PunctuationSentences",
    "make_paragraph_boundaries",
    "make_punctuation_sentences",
    "sentence_numbers",
    "sentence_offsets",
]

# Closing quotes of both kinds end a sentence too.
_CLOSING = frozenset(".!?)]\"'\u201d\u2019")
# The marks that end a sentence, as spaCy's sentencizer has them.
_FINAL_MARKS = frozenset(Sentencizer.default_punct_chars)
#: A line of at most this many tokens is a line of its own (a dateline, a headline).
_SHORT_LINE = 5


class ParagraphBoundaries:
    r"""Marks a sentence start after each paragraph break.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = ParagraphBoundaries()(nlp("A headline\n\nThe first sentence."))
    >>> [token.is_sent_start for token in doc][:4]
    [True, None, None, True]
    >>> doc = ParagraphBoundaries()(nlp("June 8, 2010\nYesterday Apple unveiled a phone."))
    >>> [token.text for token in doc if token.is_sent_start]
    ['June', 'Yesterday']
    """

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on the first token of every paragraph and after every short line."""
        if not len(doc):
            return doc
        doc[0].is_sent_start = True
        texts = token_texts(doc)
        spaces = token_flags(doc, "IS_SPACE")
        alphas = token_flags(doc, "IS_ALPHA")
        line_start = 0
        for index in range(1, len(doc) - 1):
            text = texts[index]
            if not spaces[index] or "\n" not in text:
                continue
            blank_line = text.count("\n") >= 2
            closes = texts[index - 1][-1:] in _CLOSING
            if blank_line or closes or _line_of_its_own(texts[line_start:index], alphas[line_start:index]):
                doc[index + 1].is_sent_start = True
            line_start = index + 1
        return doc


def _line_of_its_own(texts: list[str], alphas: list[bool]) -> bool:
    """A short line with no lowercase word: a dateline or a headline, not a wrapped sentence."""
    words = [text for text, alpha in zip(texts, alphas, strict=True) if alpha]
    return 0 < len(texts) <= _SHORT_LINE and all(word[0].isupper() for word in words)


@Language.factory("timeline_paragraphs")
def make_paragraph_boundaries(nlp: Language, name: str) -> ParagraphBoundaries:
    """The spaCy factory of :class:`ParagraphBoundaries`; add it before the parser.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_paragraphs")
    <timeline...>
    """
    return ParagraphBoundaries()


class PunctuationSentences:
    """Sentence boundaries after sentence-final punctuation: spaCy's ``sentencizer`` rule, read from arrays.

    A sentence ends at its last run of punctuation that holds a final mark
    ("." "!" "?" and the other marks spaCy's ``Sentencizer`` knows); the next
    token that is not punctuation starts the next one. The boundaries are
    those of spaCy's ``sentencizer`` (a test checks it on the whole corpus);
    only reading the tokens from the doc's arrays is faster. Boundaries set
    before (by a component earlier in the pipeline) are kept.

    >>> import spacy
    >>> doc = PunctuationSentences()(spacy.blank("en")("It rained. Then?! It stopped"))
    >>> [token.text for token in doc if token.is_sent_start]
    ['It', 'Then', 'It']
    """

    def __init__(self, punct_chars: frozenset[str] = _FINAL_MARKS) -> None:
        self._punct_chars = punct_chars

    def __call__(self, doc: Doc) -> Doc:
        """Set ``is_sent_start`` on every token where no earlier component has."""
        if not len(doc):
            return doc
        texts = token_texts(doc)
        punctuation = token_flags(doc, "IS_PUNCT")
        starts = [-1] * len(doc)
        starts[0] = 1
        seen_final = False
        for index, (text, is_punct) in enumerate(zip(texts, punctuation, strict=True)):
            final = text in self._punct_chars
            if seen_final and not is_punct and not final:
                starts[index] = 1
                seen_final = False
            elif final:
                seen_final = True
        before: list[int] = doc.to_array("SENT_START").astype("int64").tolist()
        merged = [old if old else new for old, new in zip(before, starts, strict=True)]
        # spaCy takes SENT_START as uint64, -1 wrapped around.
        column: Any = numpy.array(merged, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array(["SENT_START"], column)
        return doc


@Language.factory("timeline_sentencizer")
def make_punctuation_sentences(nlp: Language, name: str) -> PunctuationSentences:
    """The spaCy factory of :class:`PunctuationSentences` (for pipelines without a parser).

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_sentencizer")
    <timeline...>
    """
    return PunctuationSentences()


def sentence_numbers(doc: Doc) -> list[int]:
    r"""The sentence number of every token; all 0 where the doc has no sentence boundaries.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> sentence_numbers(nlp("no boundaries here"))
    [0, 0, 0]
    >>> sentence_numbers(ParagraphBoundaries()(nlp("A title\n\nA sentence here.")))
    [0, 0, 0, 1, 1, 1, 1]
    """
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    # SENT_START is 1 where a sentence starts (-1 inside one, 0 unknown): count the starts so far.
    starts = (doc.to_array("SENT_START") == 1).cumsum() - 1
    numbers: list[int] = starts.clip(min=0).tolist()
    return numbers


def sentence_offsets(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Character offsets ``(start, end)`` of each sentence; the whole text where there are no boundaries.

    >>> import spacy
    >>> sentence_offsets(spacy.blank("en")("no boundaries"))
    ((0, 13),)
    """
    if not len(doc):
        return ()
    if not doc.has_annotation("SENT_START"):
        return ((0, len(doc.text)),)
    return tuple((sentence.start_char, sentence.end_char) for sentence in doc.sents)
