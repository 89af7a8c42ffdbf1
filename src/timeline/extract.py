"""The main entry point: text and publication date in, :class:`~timeline.model.Timeline` out."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from timeline.chunking import run_pipeline
from timeline.events.given import checked_event_spans
from timeline.model import Timeline
from timeline.pipeline import DEFAULT_PIPELINES, pipeline
from timeline.publication import to_publication_date
from timeline.store import timeline_of
from timeline.text_input import checked_text
from timeline.times.resolve import AnchoringPolicy

__all__ = ["extract"]


def extract(
    text: str,
    publication_date: object,
    *,
    nlp: Language | None = None,
    policy: str = AnchoringPolicy.NEWS.value,
    day_first: bool = False,
    events: Sequence[tuple[int, int]] | None = None,
) -> Timeline:
    """The timeline of ``text``, published on ``publication_date``.

    ``publication_date`` is a ``date``, a ``datetime`` (naive or aware) or an
    ISO-8601 string. ``nlp`` is your own spaCy pipeline with a parser (the
    timeline components are added to it if it lacks them); by default the
    bundled English pipeline is loaded once and kept in
    :data:`timeline.pipeline.DEFAULT_PIPELINES`. ``policy`` is the anchoring
    policy (``"news"`` or ``"narrative"``); ``day_first`` reads dates in
    figures day first ("06/07/2020" is 6 July). Text with nothing in it
    (empty or only white space) gives an empty timeline.

    ``events`` gives the events instead of finding them: the ``(start, end)``
    character spans of their words, for example gold annotations (TempEval-3's
    relation task and MATRES give the events and ask for their order). Each
    span becomes one event, its trigger the span's head word; the events are
    described, anchored and ordered as found ones are, and no other event is
    looked for. Spans outside the text, empty or sharing a head word raise
    :class:`~timeline.errors.InvalidSettingError`.

    What is accepted, and what comes out (see also ``SECURITY.md``):

    * ``text`` is any ``str`` of any length. Not a ``str`` (``bytes``,
      ``None``): :class:`~timeline.errors.InvalidTextError`; a ``str`` that is
      not valid Unicode (a lone surrogate): its subclass
      :class:`~timeline.errors.InvalidCharacterError`. A missing or invalid
      publication date: :class:`~timeline.errors.InvalidPublicationDateError`.
    * A text longer than :data:`timeline.chunking.CHUNK_CHARS` characters (or
      ``nlp.max_length``, if lower) is parsed in chunks cut at paragraph
      breaks, else sentence ends, else white space, and assembled into one
      timeline: offsets are those of the whole text, ids are unique. Time
      grows linearly with the length of the text, whatever it holds.
    * Impossible dates ("February 30") are not read as dates at all; years in
      figures are read in four digits only (1000-2099 on their own); a
      relative expression that falls outside the calendar (years 1-9999) gets
      the value ``XXXX`` and no interval.
    * The rules and the parser are English. Text in another language raises
      no error: only language-neutral forms (ISO dates, years in figures) are
      found as times, and the events an English parser finds in it are unreliable.

    >>> tl = extract("On Monday, only one was answered.", "2020-06-09")
    >>> [(entry.label, entry.description) for entry in tl]
    [('2020-06-08', 'On Monday, only one was answered')]
    >>> text = "Police said the fire started on Monday."
    >>> [event.text for event in extract(text, "2020-06-09", events=[(16, 20)]).events]
    ['fire']
    >>> extract(b"bytes", "2020-06-09")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidTextError: text must be a str; got bytes: decode it first, ...
    """
    text = checked_text(text)
    date = to_publication_date(publication_date)
    given = checked_event_spans(events, text) if events is not None else None
    if not text.strip():
        return Timeline(text=text, publication_date=date)
    language = (
        DEFAULT_PIPELINES.get(policy, day_first=day_first)
        if nlp is None
        else pipeline(nlp, policy=policy, day_first=day_first)
    )
    return timeline_of(run_pipeline(language, text, date, events=given))
