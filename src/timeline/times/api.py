"""Time expressions without the event stages: ``find_times`` over a text, ``normalize`` for one phrase."""

from __future__ import annotations

import attrs
from spacy.language import Language

from timeline.chunking import run_pipeline, tokenize
from timeline.errors import InvalidSettingError, NotATimeExpressionError
from timeline.model import Tense, TimeExpression
from timeline.pipeline import DEFAULT_PIPELINES
from timeline.publication import to_publication_date
from timeline.store import READINGS, TIME_EXPRESSIONS
from timeline.text_input import checked_text
from timeline.times.component import TimeResolver, range_parts
from timeline.times.readings import Reading
from timeline.times.resolve import AnchoringPolicy, ResolutionContext, resolve
from timeline.times.rules import Match

__all__ = ["find_times", "normalize"]


def find_times(
    text: str,
    publication_date: object,
    *,
    policy: str = AnchoringPolicy.NEWS.value,
    day_first: bool = False,
    nlp: Language | None = None,
) -> tuple[TimeExpression, ...]:
    """The time expressions of ``text``, resolved against ``publication_date``, in text order.

    Fast: by default a blank tokenizer and the rules, no trained model; tense
    comes from cue words. ``day_first`` reads dates in figures day first
    ("06/07/2020" is 6 July). Pass ``nlp`` (a pipeline with the time
    components, e.g. :func:`timeline.pipeline`) to use a parser's tense instead.

    It takes what :func:`timeline.extract` takes, with the same errors and
    limits: any ``str`` of valid Unicode, of any length (texts longer than the
    pipeline's ``max_length`` are read in chunks; time grows linearly with
    length); impossible dates ("February 30") give nothing, values outside the
    calendar are ``XXXX``, and in other languages only language-neutral forms
    (ISO dates, years in figures) are found.

    >>> [(t.text, t.value.value) for t in find_times("On Monday, only one was answered.", "2020-06-09")]
    [('Monday', '2020-06-08')]
    >>> find_times("Nothing temporal here.", "2020-06-09")
    ()
    """
    checked = checked_text(text)
    date = to_publication_date(publication_date)
    if not checked.strip():
        return ()
    language = DEFAULT_PIPELINES.get(policy, times_only=True, day_first=day_first) if nlp is None else nlp
    return TIME_EXPRESSIONS.get(run_pipeline(language, checked, date))


def normalize(
    expression: str,
    publication_date: object,
    *,
    tense: Tense | str | None = None,
) -> TimeExpression:
    """The meaning of one time expression, resolved against ``publication_date`` in ``tense``.

    The phrase may carry words around the expression ("On Monday"); the
    longest expression found in it is returned. A phrase with none raises
    :class:`~timeline.errors.NotATimeExpressionError`. Without a ``tense``,
    words right before the expression that point one way decide ("since
    October" looks back, "as soon as Monday" ahead), else the nearest date is taken.

    >>> normalize("On Monday", publication_date="2020-06-09", tense="PAST").value.value
    '2020-06-08'
    >>> normalize("On Monday", publication_date="2020-06-09", tense="FUTURE").value.value
    '2020-06-15'
    >>> normalize("since October", publication_date="2020-06-09").value.value
    '2019-10'
    >>> normalize("banana", publication_date="2020-06-09")
    Traceback (most recent call last):
    ...
    timeline.errors.NotATimeExpressionError: no time expression found in 'banana'
    """
    checked = checked_text(expression)
    date = to_publication_date(publication_date)
    chosen_tense = _tense(tense)
    fast = DEFAULT_PIPELINES.get(times_only=True)
    doc = fast.get_pipe("timeline_time_recognizer")(tokenize(fast, checked))
    matches = READINGS.get(doc)
    if not matches:
        msg = f"no time expression found in {checked!r}"
        raise NotATimeExpressionError(msg)
    match: Match = max(matches, key=lambda found: found.end - found.start)
    reading: Reading = match.reading
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if chosen_tense is None and span is not None:
        resolver = fast.get_pipe("timeline_time_resolver")
        if isinstance(resolver, TimeResolver):
            chosen_tense = resolver.tense_cues.signal_before(span)
    value, anchor = resolve(reading, ResolutionContext(date, chosen_tense))
    whole = TimeExpression(
        id="t1",
        text=checked[match.start : match.end],
        start=match.start,
        end=match.end,
        sentence=0,
        value=value,
        anchor=anchor,
        rule=match.rule,
    )
    return attrs.evolve(whole, parts=range_parts(checked, match, whole))


def _tense(tense: Tense | str | None) -> Tense | None:
    if tense is None or isinstance(tense, Tense):
        return tense
    try:
        return Tense(tense.upper())
    except ValueError:
        choices = ", ".join(t.value for t in Tense)
        msg = f"unknown tense {tense!r}; choose one of {choices}"
        raise InvalidSettingError(msg) from None
