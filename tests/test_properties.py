"""Properties of the public functions over arbitrary, news-like and hostile text (see strategies.py).

Anything a user may pass as text is taken: only the documented errors come
out. Every offset points at the text it names, every interval runs forward,
"N units ago" is calendar arithmetic, the order of a timeline respects its
BEFORE links, JSON export is deterministic, and the same input gives the same
output. (The JSON round trip back to a Timeline belongs with ``from_json``.)
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import timeline
from tests import strategies
from tests.strategies import FAST, PARSED
from timeline.export.json import to_dict, to_json
from timeline.model import Interval, PlacementKind, RelType, TimeExpression, TimexType


def _has_surrogate(text: str) -> bool:
    return any("\ud800" <= character <= "\udfff" for character in text)


def _refused(text: str) -> bool:
    """Whether ``text`` must be refused (it is not valid Unicode); checks the refusal says so."""
    if not _has_surrogate(text):
        return False
    with pytest.raises(timeline.InvalidCharacterError, match="lone surrogate"):
        timeline.find_times(text, "2020-06-09")
    return True


def _intervals(expression: TimeExpression) -> list[Interval]:
    values = [expression.value, expression.value.begin, expression.value.end]
    return [value.interval for value in values if value is not None and value.interval is not None]


def _check_expressions(text: str, expressions: tuple[TimeExpression, ...]) -> None:
    ids = [expression.id for expression in expressions]
    assert len(set(ids)) == len(ids)
    assert [e.start for e in expressions] == sorted(e.start for e in expressions)
    for expression in expressions:
        assert 0 <= expression.start < expression.end <= len(text)
        assert text[expression.start : expression.end] == expression.text
        for part in expression.parts:
            assert expression.start <= part.start < part.end <= expression.end
            assert text[part.start : part.end] == part.text
        for interval in _intervals(expression):
            assert interval.start <= interval.end


@FAST
@given(strategies.texts(), strategies.publication_dates())
def test_find_times_takes_any_text(text: str, publication_date: dt.date) -> None:
    if _refused(text):
        return
    _check_expressions(text, timeline.find_times(text, publication_date))


@FAST
@given(strategies.texts(), strategies.publication_dates())
def test_normalize_finds_an_expression_or_says_there_is_none(text: str, publication_date: dt.date) -> None:
    if _refused(text):
        with pytest.raises(timeline.InvalidCharacterError):
            timeline.normalize(text, publication_date)
        return
    try:
        expression = timeline.normalize(text, publication_date)
    except timeline.NotATimeExpressionError:
        return
    _check_expressions(text, (expression,))


@PARSED
@given(strategies.texts(), strategies.publication_dates())
def test_extract_takes_any_text(text: str, publication_date: dt.date) -> None:
    if _refused(text):
        with pytest.raises(timeline.InvalidCharacterError):
            timeline.extract(text, publication_date)
        return
    tl = timeline.extract(text, publication_date)
    assert tl.text == text
    assert tl.publication_date == publication_date
    _check_expressions(text, tl.expressions)
    for event in tl.events:
        assert 0 <= event.start < event.end <= len(text)
        assert text[event.start : event.end] == event.text
    assert sorted(entry.event.id for entry in tl.entries) == sorted(event.id for event in tl.events)
    for entry in tl.entries:
        interval = entry.placement.interval
        assert interval is None or interval.start <= interval.end
    for start, end in tl.sentences:
        assert 0 <= start <= end <= len(text)


def _shifted(date: dt.date, unit: str, count: int) -> str | None:
    """What "``count`` ``unit``s later" than ``date`` is by calendar arithmetic; None off the calendar."""
    try:
        if unit == "day":
            return (date + dt.timedelta(days=count)).isoformat()
        if unit == "week":
            year, week, _ = (date + dt.timedelta(weeks=count)).isocalendar()
            return f"{year:04d}-W{week:02d}"
    except OverflowError:
        return None
    if unit in ("month", "quarter"):
        months = date.year * 12 + date.month - 1 + (count * 3 if unit == "quarter" else count)
        year, month = divmod(months, 12)
        value = f"{year:04d}-{month + 1:02d}" if unit == "month" else f"{year:04d}-Q{month // 3 + 1}"
    else:
        year = date.year + count * {"year": 1, "decade": 10, "century": 100}[unit]
        value = f"{year:04d}"
    return value if dt.MINYEAR <= year <= dt.MAXYEAR else None


@PARSED
@given(strategies.news_sentences(), st.data())
def test_extract_takes_any_given_events(text: str, data: st.DataObject) -> None:
    words = [found.span() for found in re.finditer(r"\S+", text)]
    chosen = data.draw(st.lists(st.sampled_from(words), unique=True, max_size=6)) if words else []
    # Runs of non-space characters never share a token, so none is refused.
    tl = timeline.extract(text, "2020-06-09", events=chosen)
    assert len(tl.events) == len(chosen)
    for event, (start, end) in zip(tl.events, sorted(chosen), strict=True):
        assert start <= event.start < event.end <= end
    assert sorted(entry.event.id for entry in tl.entries) == sorted(event.id for event in tl.events)


@FAST
@given(
    st.sampled_from(strategies.CALENDAR_UNITS),
    strategies.counts(),
    st.sampled_from(("ago", "later")),
    strategies.publication_dates(),
)
def test_units_ago_and_later_are_calendar_arithmetic(
    unit: str, count: int, direction: str, publication_date: dt.date
) -> None:
    plural = "centuries" if unit == "century" else f"{unit}s"
    phrase = f"{count} {unit if count == 1 else plural} {direction}"
    signed = count if direction == "later" else -count
    expected = _shifted(publication_date, unit, signed)
    expression = timeline.normalize(phrase, publication_date)
    assert expression.text == phrase
    if expected is not None:
        assert expression.value.value == expected
        assert expression.value.type is TimexType.DATE
    else:
        # Outside the calendar datetime can hold: said to be unknown, never a wrong date.
        assert expression.value.interval is None


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("three weeks ago", "2020-W21"),
        ("two months later", "2020-08"),
        ("a year ago", "2019"),
        ("ten days ago", "2020-05-30"),
        ("a couple of quarters later", "2020-Q4"),
    ],
)
def test_counts_in_words_are_calendar_arithmetic_too(phrase: str, value: str) -> None:
    assert timeline.normalize(phrase, "2020-06-09").value.value == value


@PARSED
@given(st.one_of(strategies.news_texts(), strategies.news_sentences()))
def test_timeline_order_is_a_linear_extension_of_its_before_links(text: str) -> None:
    tl = timeline.extract(text, "2020-06-09")
    position = {entry.event.id: index for index, entry in enumerate(tl.entries)}
    placements = {entry.event.id: entry.placement for entry in tl.entries}
    publication = Interval.day(dt.date(2020, 6, 9))
    for relation in tl.relations:
        earlier, later = _ordered(relation)
        if earlier is None or later is None:
            continue
        if earlier in position and later in position:
            assert position[earlier] < position[later]
            continue
        event, publication_side = (
            (earlier, "after") if later == timeline.PUBLICATION_DATE_ID else (later, "before")
        )
        if event not in placements or timeline.PUBLICATION_DATE_ID not in (earlier, later):
            continue
        placement = placements[event]
        if placement.anchor_id == timeline.PUBLICATION_DATE_ID:
            # Placed by this very link: on its side of the publication day.
            wanted = (
                PlacementKind.BEFORE_PUBLICATION
                if publication_side == "after"
                else PlacementKind.AFTER_PUBLICATION
            )
            assert placement.kind is wanted
        elif relation.rule == "dated-vs-publication":
            # Dated by its own time expression: the date itself is on that side.
            assert placement.interval is not None
            if publication_side == "after":
                assert placement.interval.end <= publication.start
            else:
                assert placement.interval.start >= publication.end
        # Otherwise a tense link lost to a date spread from another event; the date places the event.


def _ordered(relation: timeline.Relation) -> tuple[str | None, str | None]:
    """``(earlier, later)`` of a BEFORE-like link, ``(None, None)`` for any other."""
    if relation.rel_type in (RelType.BEFORE, RelType.IBEFORE):
        return relation.source, relation.target
    if relation.rel_type in (RelType.AFTER, RelType.IAFTER):
        return relation.target, relation.source
    return None, None


@PARSED
@given(strategies.texts())
def test_json_export_is_valid_and_deterministic(text: str) -> None:
    assume(not _has_surrogate(text))
    tl = timeline.extract(text, "2020-06-09")
    exported = to_json(tl)
    assert exported == to_json(timeline.extract(text, "2020-06-09"))
    assert json.loads(exported) == _plain_json(to_dict(tl))
    assert json.loads(to_json(tl, indent=None)) == json.loads(exported)


def _plain_json(value: object) -> object:
    """``value`` with tuples as lists; fails on anything JSON has no type for."""
    if isinstance(value, dict):
        assert all(isinstance(key, str) for key in value)
        return {key: _plain_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain_json(item) for item in value]
    assert value is None or isinstance(value, str | int | float | bool), value
    return value


@FAST
@given(strategies.texts(), strategies.publication_dates())
def test_find_times_gives_the_same_answer_every_time(text: str, publication_date: dt.date) -> None:
    assume(not _has_surrogate(text))
    first = timeline.find_times(text, publication_date)
    assert timeline.find_times(text, publication_date) == first


@FAST
@given(strategies.publication_dates(), st.data())
def test_every_form_of_a_publication_date_gives_the_same_answer(
    publication_date: dt.date, data: st.DataObject
) -> None:
    assume(dt.date(1, 1, 2) <= publication_date <= dt.date(9999, 12, 30))
    form = data.draw(strategies.publication_date_forms(publication_date))
    text = "On Monday, three weeks ago, the talks ended; they resume next year."
    assert timeline.find_times(text, form) == timeline.find_times(text, publication_date)
