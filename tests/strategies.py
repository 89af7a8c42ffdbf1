"""Shared Hypothesis strategies for the model's value types (any valid value, not only realistic ones)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from timeline.model import (
    Anchor,
    AnchorKind,
    Aspect,
    Entry,
    Event,
    EventClass,
    Granularity,
    Interval,
    Mod,
    Participant,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Relation,
    RelType,
    Tense,
    TimeExpression,
    Timeline,
    TimeValue,
    TimexType,
)

texts = st.text(max_size=20)
maybe_texts = st.none() | texts
offsets = st.integers(min_value=0, max_value=10_000)
ids = st.from_regex(r"[te][0-9]{1,3}", fullmatch=True)
moments = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime.max)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    first, second = sorted((draw(moments), draw(moments)))
    return Interval(first, second)


def time_values(depth: int = 1) -> st.SearchStrategy[TimeValue]:
    ends = time_values(depth - 1) if depth > 0 else st.none()
    return st.builds(
        TimeValue,
        type=st.sampled_from(TimexType),
        value=texts,
        granularity=st.none() | st.sampled_from(Granularity),
        interval=st.none() | intervals(),
        mod=st.none() | st.sampled_from(Mod),
        freq=maybe_texts,
        quant=maybe_texts,
        begin=st.none() | ends,
        end=st.none() | ends,
    )


anchors = st.builds(
    Anchor,
    kind=st.sampled_from(AnchorKind),
    date=st.none() | st.dates(),
    expression_id=st.none() | ids,
    tense=st.none() | st.sampled_from(Tense),
)


def time_expressions(depth: int = 1) -> st.SearchStrategy[TimeExpression]:
    parts = st.lists(time_expressions(depth - 1), max_size=2).map(tuple) if depth > 0 else st.just(())
    return st.builds(
        TimeExpression,
        id=ids,
        text=texts,
        start=offsets,
        end=offsets,
        sentence=st.integers(min_value=0, max_value=50),
        value=time_values(),
        anchor=anchors,
        rule=texts,
        parts=parts,
    )


events = st.builds(
    Event,
    id=ids,
    text=texts,
    start=offsets,
    end=offsets,
    sentence=st.integers(min_value=0, max_value=50),
    lemma=texts,
    event_class=st.sampled_from(EventClass),
    tense=st.sampled_from(Tense),
    aspect=st.sampled_from(Aspect),
    polarity=st.sampled_from(Polarity),
    modality=maybe_texts,
    pos=st.sampled_from(PartOfSpeech),
    description=texts,
    subject=maybe_texts,
    object=maybe_texts,
    entities=st.lists(st.builds(Participant, texts, texts, offsets, offsets), max_size=2).map(tuple),
    reports=st.lists(ids, max_size=2).map(tuple),
)
relations = st.builds(Relation, ids, ids, st.sampled_from(RelType), texts)
placements = st.builds(
    Placement, st.sampled_from(PlacementKind), st.none() | intervals(), texts, st.none() | ids, texts
)
entries = st.builds(Entry, events, placements, st.booleans())
timelines = st.builds(
    Timeline,
    text=st.text(max_size=200),
    publication_date=st.none() | st.dates(),
    sentences=st.lists(st.tuples(offsets, offsets), max_size=4).map(tuple),
    expressions=st.lists(time_expressions(), max_size=3).map(tuple),
    events=st.lists(events, max_size=3).map(tuple),
    relations=st.lists(relations, max_size=3).map(tuple),
    entries=st.lists(entries, max_size=3).map(tuple),
)
