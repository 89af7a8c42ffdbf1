"""The founding example (shared/seed/README.md): every row a careful reader gets, asserted."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline import Entry, PlacementKind, TimexType


def _offset(text: str, context: str, word: str) -> int:
    """Offset of ``word`` inside the one occurrence of ``context``."""
    assert text.count(context) == 1, context
    return text.index(context) + context.index(word)


@pytest.mark.parametrize(
    ("context", "word", "timex_type", "value"),
    [
        ("On Monday, although", "Monday", TimexType.DATE, "2020-06-08"),
        ("routine daily calls", "daily", TimexType.SET, "P1D"),
        ("two daily calls", "daily", TimexType.SET, "P1D"),
        ("at a rally on June 6", "June 6", TimexType.DATE, "2020-06-06"),
    ],
)
def test_expression(
    seed_text: str,
    seed_timeline: timeline.Timeline,
    context: str,
    word: str,
    timex_type: TimexType,
    value: str,
) -> None:
    start = _offset(seed_text, context, word)
    [expression] = [e for e in seed_timeline.expressions if e.start == start]
    assert expression.end == start + len(word)
    assert expression.text == word == seed_text[expression.start : expression.end]
    assert expression.value.type is timex_type
    assert expression.value.value == value


def test_korean_war_range(seed_text: str, seed_timeline: timeline.Timeline) -> None:
    start = _offset(seed_text, "the 1950-1953 Korean War", "1950-1953")
    [expression] = [e for e in seed_timeline.expressions if e.start == start]
    assert expression.text == "1950-1953"
    assert expression.value.is_range
    assert expression.value.begin is not None
    assert expression.value.end is not None
    assert (expression.value.begin.value, expression.value.end.value) == ("1950", "1953")
    assert expression.value.interval == timeline.Interval.years(1950, 1953)


def test_exactly_the_expressions_a_reader_finds(seed_timeline: timeline.Timeline) -> None:
    assert [e.text for e in seed_timeline.expressions] == ["daily", "Monday", "daily", "June 6", "1950-1953"]


@pytest.mark.parametrize("ordinal", ["13th", "7th"])
def test_ordinals_are_not_dates(seed_text: str, seed_timeline: timeline.Timeline, ordinal: str) -> None:
    start = seed_text.index(ordinal)
    assert not [e for e in seed_timeline.expressions if e.start <= start < e.end]


def test_monday_is_the_past_monday(seed_timeline: timeline.Timeline) -> None:
    [monday] = [e for e in seed_timeline.expressions if e.text == "Monday"]
    assert monday.value.value != "2020-06-15"
    assert monday.anchor.date == dt.date(2020, 6, 9)
    assert monday.anchor.tense is timeline.Tense.PAST


def _entry(tl: timeline.Timeline, text: str, sentence_context: str) -> tuple[int, Entry]:
    found = [
        (index, entry)
        for index, entry in enumerate(tl)
        if entry.event.text == text and sentence_context in tl.sentence_text(entry.event.sentence)
    ]
    assert len(found) == 1, (text, sentence_context, found)
    return found[0]


def test_the_timeline_in_the_readers_order(seed_timeline: timeline.Timeline) -> None:
    tl = seed_timeline
    war_at, war = _entry(tl, "War", "1950-1953 Korean War")
    ended_at, ended = _entry(tl, "ended", "ended with an armistice")
    rally_at, rally = _entry(tl, "rally", "at a rally on June 6")
    answered_at, answered = _entry(tl, "answered", "only one was answered")
    not_answered_at, not_answered = _entry(tl, "answer", "did not answer routine daily calls")
    taking_at, taking = _entry(tl, "taking", "is taking steps")
    said_at, said = _entry(tl, "said", "should be maintained")
    continue_at, will_continue = _entry(tl, "continue", "will continue to follow")

    # 1. 1950-1953: the Korean War; it ended (1953).
    assert war.placement.interval == timeline.Interval.years(1950, 1953)
    assert war.label == "1950 to 1953"
    assert ended.placement.interval == timeline.Interval.years(1953, 1953)
    assert ended.label == "1953"
    # 2. 2020-06-06: the rally.
    assert rally.label == "2020-06-06"
    assert rally.placement.interval == timeline.Interval.day(dt.date(2020, 6, 6))
    # 3. 2020-06-08: only one call was answered.
    assert answered.label == "2020-06-08"
    # 4. 2020-06-09: the calls not answered, the steps being taken, the ministry's statement.
    for entry in (not_answered, taking, said):
        assert entry.placement.kind is PlacementKind.AT_PUBLICATION
        assert entry.placement.interval == timeline.Interval.day(dt.date(2020, 6, 9))
    assert not_answered.event.polarity is timeline.Polarity.NEG
    # 5. After publication: the ministry will continue.
    assert will_continue.placement.kind is PlacementKind.AFTER_PUBLICATION

    assert war_at < ended_at < rally_at < answered_at
    assert answered_at < min(not_answered_at, taking_at, said_at)
    assert max(not_answered_at, taking_at, said_at) < continue_at


@pytest.mark.parametrize(
    ("text", "sentence_context"),
    [("spoke", "reportedly spoke at the 13th"), ("sneaked", "reportedly sneaked across the border")],
)
def test_undated_past_events_are_before_publication_without_a_date(
    seed_timeline: timeline.Timeline, text: str, sentence_context: str
) -> None:
    index, entry = _entry(seed_timeline, text, sentence_context)
    assert entry.placement.kind is PlacementKind.BEFORE_PUBLICATION
    assert entry.placement.interval is None
    assert entry.label == "before 2020-06-09"
    first_at_publication = min(
        i for i, e in enumerate(seed_timeline) if e.placement.kind is PlacementKind.AT_PUBLICATION
    )
    assert index < first_at_publication


def test_every_date_comes_from_the_text(seed_timeline: timeline.Timeline) -> None:
    ids = {e.id for e in seed_timeline.expressions} | {e.id for e in seed_timeline.events} | {"t0"}
    for entry in seed_timeline:
        if entry.placement.interval is not None:
            assert entry.placement.anchor_id in ids


def test_offsets_match_the_text(seed_text: str, seed_timeline: timeline.Timeline) -> None:
    for expression in seed_timeline.expressions:
        assert seed_text[expression.start : expression.end] == expression.text
    for event in seed_timeline.events:
        assert seed_text[event.start : event.end] == event.text


def test_dated_entries_are_in_calendar_order(seed_timeline: timeline.Timeline) -> None:
    starts = [e.placement.interval.start for e in seed_timeline if e.placement.interval is not None]
    assert starts == sorted(starts)


def test_the_readers_rows_are_in_the_default_view(seed_timeline: timeline.Timeline) -> None:
    view = timeline.Timeline(
        text=seed_timeline.text,
        publication_date=seed_timeline.publication_date,
        sentences=seed_timeline.sentences,
        entries=seed_timeline.view(),
    )
    for text, context in [
        ("War", "1950-1953 Korean War"),
        ("ended", "ended with an armistice"),
        ("rally", "at a rally on June 6"),
        ("answered", "only one was answered"),
        ("answer", "did not answer routine daily calls"),
        ("taking", "is taking steps"),
        ("said", "should be maintained"),
        ("continue", "will continue to follow"),
    ]:
        _entry(view, text, context)


def test_background_reports_stay_in_the_data(seed_timeline: timeline.Timeline) -> None:
    _index, told = _entry(seed_timeline, "told", "told a briefing")
    assert not told.salient
    assert told.event in seed_timeline.events
    assert told not in seed_timeline.view()
    [answer] = [e.event for e in seed_timeline if e.event.text == "answer"]
    assert told.event.reports == (answer.id,)


def test_participants_of_the_founding_example(seed_timeline: timeline.Timeline) -> None:
    _index, answer = _entry(seed_timeline, "answer", "did not answer routine daily calls")
    assert (answer.event.subject, answer.event.object) == ("North Korean officials", "routine daily calls")
    _index, spoke = _entry(seed_timeline, "spoke", "reportedly spoke at the 13th")
    assert spoke.event.subject == "Kim Jong Un"
    assert ("Kim Jong Un", "PERSON") in [(p.text, p.label) for p in spoke.event.entities]
    assert spoke in seed_timeline.about("kim jong un")
