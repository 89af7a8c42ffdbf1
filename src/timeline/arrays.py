"""A ``Doc``'s token attributes as plain lists, read from its arrays.

Making a spaCy ``Token`` costs far more than reading an attribute from the
doc's arrays; the fast path (:func:`timeline.find_times`) reads every token
of every document, so it reads them here.
"""

from __future__ import annotations

from spacy.tokens import Doc

__all__ = ["token_flags", "token_texts"]


def token_texts(doc: Doc) -> list[str]:
    """The text of every token of ``doc``.

    >>> import spacy
    >>> token_texts(spacy.blank("en")("It rained on Monday."))
    ['It', 'rained', 'on', 'Monday', '.']
    """
    strings = doc.vocab.strings
    texts: dict[int, str] = {}
    orths: list[int] = doc.to_array("ORTH").tolist()
    return [texts.get(orth) or texts.setdefault(orth, strings[orth]) for orth in orths]


def token_flags(doc: Doc, attribute: str) -> list[bool]:
    """A boolean lexical attribute (``"IS_PUNCT"``, ``"IS_SPACE"``, ``"IS_ALPHA"``) of every token.

    >>> import spacy
    >>> token_flags(spacy.blank("en")("Hi, you."), "IS_PUNCT")
    [False, True, False, True]
    """
    flags: list[int] = doc.to_array(attribute).tolist()
    return [bool(flag) for flag in flags]
