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

from spacy.language import Language
from spacy.tokens import Doc, Span

__all__ = ["ParagraphBoundaries", "make_paragraph_boundaries", "sentence_numbers", "sentence_offsets"]

# Closing quotes of both kinds end a sentence too.
_CLOSING = frozenset(".!?)]\"'\u201d\u2019")
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
        if len(doc):
            doc[0].is_sent_start = True
        line_start = 0
        for token in doc[1:-1]:
            if not token.is_space or "\n" not in token.text:
                continue
            before = doc[token.i - 1]
            blank_line = token.text.count("\n") >= 2
            closes = before.text[-1:] in _CLOSING
            if blank_line or closes or _line_of_its_own(doc[line_start : token.i]):
                doc[token.i + 1].is_sent_start = True
            line_start = token.i + 1
        return doc


def _line_of_its_own(line: Span) -> bool:
    """A short line with no lowercase word: a dateline or a headline, not a wrapped sentence."""
    words = [token for token in line if token.is_alpha]
    return 0 < len(line) <= _SHORT_LINE and all(word.text[0].isupper() for word in words)


@Language.factory("timeline_paragraphs")
def make_paragraph_boundaries(nlp: Language, name: str) -> ParagraphBoundaries:
    """The spaCy factory of :class:`ParagraphBoundaries`; add it before the parser.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_paragraphs")
    <timeline...>
    """
    return ParagraphBoundaries()


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
