"""Long and hostile texts cut into pieces spaCy handles in bounded time and memory, then joined again.

spaCy refuses a text longer than ``nlp.max_length``, its parser's memory grows
with the text, and its tokenizer slows down far more than linearly on a long
run of characters without white space (``"?" * 10_000`` takes seconds). So a
text is parsed in chunks of at most :data:`CHUNK_CHARS` characters, cut at a
paragraph break, else after a sentence end, else at white space (never inside
a word; only a run of more than a chunk without any white space is cut where
the chunk ends), and every run of more than :data:`MAX_RUN` characters
without white space is tokenized in pieces of that length. The chunks' Docs
are then joined into one Doc of the whole text, and the timeline stages (time
expressions, events, links, ordering) run once over it: offsets are those of
the whole text, ids are unique, and one publication date anchors everything.
Only the stages before the first timeline stage (tagger, parser, ...) see a
chunk at a time, so a sentence is never parsed across a chunk boundary.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any

import numpy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc

from timeline.pipeline import COMPONENTS
from timeline.store import GIVEN_EVENTS, TEXT, set_publication_date

__all__ = ["CHUNK_CHARS", "MAX_RUN", "chunk_bounds", "run_pipeline", "run_pipeline_batch", "tokenize"]

#: The most characters the parser sees at once (less when the pipeline's ``max_length`` is lower).
CHUNK_CHARS = 100_000
#: The longest run of characters without white space given to spaCy's tokenizer in one piece.
MAX_RUN = 100

# Where a chunk may end, best first: after a blank line, after a sentence end, after any white space.
_CUTS = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"[.!?][\"'\)\]\u201d\u2019]*\s+"),
    re.compile(r"\s+"),
)
# A run of white-space-free characters too long for the tokenizer; it starts at the run's start.
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_RUN + 1},}}")


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> tuple[tuple[int, int], ...]:
    r"""``(start, end)`` offsets of consecutive chunks of at most ``size`` characters covering ``text``.

    A chunk ends after a paragraph break in the back half of its reach, else
    after a sentence end there, else after the last white space, so no word is
    cut; a run of white-space-free characters longer than ``size`` is cut at
    ``size``. White space stays at the end of the chunk before the cut.

    >>> text = "One. Two.\n\nThree four five."
    >>> [text[start:end] for start, end in chunk_bounds(text, 16)]
    ['One. Two.\n\n', 'Three four five.']
    >>> [text[start:end] for start, end in chunk_bounds(text, 8)]
    ['One. ', 'Two.\n\n', 'Three ', 'four ', 'five.']
    >>> chunk_bounds("", 8)
    ()
    """
    if size < 1:
        msg = f"chunk size must be at least 1; got {size}"
        raise ValueError(msg)
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = _cut(text, start, start + size)
        bounds.append((start, end))
        start = end
    if start < len(text):
        bounds.append((start, len(text)))
    return tuple(bounds)


def _cut(text: str, start: int, limit: int) -> int:
    """Where the chunk that starts at ``start`` ends: the best cut in ``(start, limit]``."""
    half = start + (limit - start) // 2
    for number, pattern in enumerate(_CUTS):
        # The sentence and paragraph cuts must leave a chunk at least half full; white space may not.
        floor = half if number < len(_CUTS) - 1 else start
        last = None
        for found in pattern.finditer(text, floor, limit):
            if found.end() > start:
                last = found.end()
        if last is not None:
            return last
    return limit


def tokenize(nlp: Language, text: str) -> Doc:
    """``nlp``'s tokens of ``text``, with runs of more than :data:`MAX_RUN` non-space characters cut.

    No tokenizer call sees a long run, so tokenizing takes time in proportion
    to the text; spaCy's ``max_length`` is not checked here (see
    :func:`run_pipeline`). Text without such runs gets exactly ``nlp.make_doc``'s tokens.

    >>> import spacy
    >>> doc = tokenize(spacy.blank("en"), "On Monday " + "?" * 250)
    >>> doc.text == "On Monday " + "?" * 250, doc[1].text
    (True, 'Monday')
    """
    cuts = [
        position
        for found in _LONG_RUN.finditer(text)
        for position in range(found.start() + MAX_RUN, found.end(), MAX_RUN)
    ]
    if not cuts:
        return nlp.tokenizer(text)
    edges = (0, *cuts, len(text))
    return Doc.from_docs(
        [nlp.tokenizer(text[first:last]) for first, last in itertools.pairwise(edges)],
        ensure_whitespace=False,
    )


def run_pipeline(
    nlp: Language,
    text: str,
    publication_date: object,
    *,
    size: int | None = None,
    events: tuple[tuple[int, int], ...] | None = None,
) -> Doc:
    r"""``text`` run through ``nlp`` chunk by chunk, as one Doc of the whole text, dated ``publication_date``.

    The stages before the first timeline stage run on each chunk of at most
    ``size`` characters (or ``nlp.max_length``, if lower); the timeline stages
    run once on the joined Doc. By default ``size`` is :data:`CHUNK_CHARS`
    when those stages include a trained one (a tagger, a parser: their memory
    grows with the chunk), else ``nlp.max_length``. A text that fits in one
    chunk is processed exactly as ``nlp`` would. ``events`` are the character
    spans of events the caller gives (checked by
    :func:`timeline.events.given.checked_event_spans`); the event stage then
    takes those and finds no others.

    >>> from timeline.pipeline import times_pipeline
    >>> text = "They met on Monday.\n\nThey meet again on Friday."
    >>> doc = run_pipeline(times_pipeline(), text, "2020-06-09", size=24)
    >>> [(span.text, span.start_char) for span in doc.spans["timeline_times"]]
    [('Monday', 12), ('Friday', 40)]
    """
    early, late = _stages(nlp)
    if size is None:
        size = _default_size(nlp, early)
    bounds = chunk_bounds(text, min(size, nlp.max_length))
    docs = []
    for start, end in bounds:
        doc = tokenize(nlp, text[start:end])
        for _, stage in early:
            doc = stage(doc)
        if len(bounds) > 1:
            # Only the timeline stages come next, and they need no tensors: dropping them bounds memory.
            doc.tensor = numpy.zeros((0,), dtype="float32")
        docs.append(doc)
    whole = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
    _prepare(whole, text, publication_date, events)
    for _, stage in late:
        whole = stage(whole)
    return whole


def run_pipeline_batch(
    nlp: Language, texts: Sequence[tuple[str, object]], *, batch_size: int | None = None
) -> list[Doc]:
    r"""The Docs :func:`run_pipeline` makes of each ``(text, publication_date)``, made together.

    The texts that fit in one chunk go through ``nlp.pipe`` in batches of
    ``batch_size`` (spaCy's trained stages are faster on batches); longer
    ones are run chunk by chunk. The Docs come back in the order of ``texts``.

    >>> from timeline.pipeline import times_pipeline
    >>> texts = [("On Monday.", "2020-06-09"), ("Since 1999.", "2020-06-09")]
    >>> docs = run_pipeline_batch(times_pipeline(), texts)
    >>> [doc.spans["timeline_times"][0].text for doc in docs]
    ['Monday', '1999']
    """
    early, _ = _stages(nlp)
    size = min(_default_size(nlp, early), nlp.max_length)
    docs: list[Doc | None] = [None] * len(texts)
    short: list[tuple[int, Doc]] = []
    for index, (text, publication_date) in enumerate(texts):
        if len(text) > size:
            docs[index] = run_pipeline(nlp, text, publication_date, size=size)
        else:
            doc = tokenize(nlp, text)
            _prepare(doc, text, publication_date, None)
            short.append((index, doc))
    piped = nlp.pipe((doc for _, doc in short), batch_size=batch_size)
    for (index, _), doc in zip(short, piped, strict=True):
        docs[index] = doc
    return [doc for doc in docs if doc is not None]


def _stages(nlp: Language) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
    """``nlp``'s stages before the first timeline stage, and the timeline stages from there on."""
    names = [name for name, _ in nlp.pipeline]
    first_late = next((index for index, name in enumerate(names) if name in COMPONENTS), len(names))
    return nlp.pipeline[:first_late], nlp.pipeline[first_late:]


def _default_size(nlp: Language, early: list[tuple[str, Any]]) -> int:
    """:data:`CHUNK_CHARS` when the early stages include a trained one (memory grows with the chunk)."""
    trained = any(isinstance(stage, TrainablePipe) for _, stage in early)
    return CHUNK_CHARS if trained else int(nlp.max_length)


def _prepare(
    doc: Doc, text: str, publication_date: object, events: tuple[tuple[int, int], ...] | None
) -> None:
    """Give ``doc`` what the timeline stages read: its publication date, its text and any given events."""
    set_publication_date(doc, publication_date)
    TEXT.set(doc, text)
    GIVEN_EVENTS.set(doc, events)
