"""Merging several documents' timelines into one."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.errors import InvalidTimelineError

# Short texts written for these tests.
FIRST = (
    "Kim Jong Un met Moon Jae-in on Monday. The two leaders agreed to reopen the liaison office. "
    "The office will open in July, officials said."
)
SECOND = (
    "On Monday, Moon Jae-in met Kim Jong Un in Panmunjom. A day earlier, protesters rallied in Seoul. "
    "Kim Jong Un left for Pyongyang on Tuesday."
)


@pytest.fixture(scope="module")
def merged() -> timeline.MergedTimeline:
    return timeline.merge([timeline.extract(FIRST, "2020-06-09"), timeline.extract(SECOND, "2020-06-10")])


def test_the_same_meeting_is_one_entry_with_mentions_from_both(merged: timeline.MergedTimeline) -> None:
    meetings = [entry for entry in merged if entry.mentions[0].entry.event.lemma == "meet"]
    assert len(meetings) == 1
    assert meetings[0].documents == (0, 1)
    assert meetings[0].label == "2020-06-08"


def test_other_events_keep_one_mention_each(merged: timeline.MergedTimeline) -> None:
    total = sum(len(tl.entries) for tl in merged.timelines)
    assert sum(len(entry.mentions) for entry in merged) == total
    assert len(merged) == total - 1


def test_the_merged_order_is_earliest_first_across_documents(merged: timeline.MergedTimeline) -> None:
    dated = [entry for entry in merged if entry.placement.interval is not None]
    starts = [entry.placement.interval.start for entry in dated if entry.placement.interval is not None]
    assert starts == sorted(starts)
    words = [entry.mentions[0].entry.event.text for entry in merged]
    assert words.index("rallied") < words.index("met") < words.index("left")


def test_queries_on_the_merged_timeline(merged: timeline.MergedTimeline) -> None:
    assert [entry.mentions[0].entry.event.text for entry in merged.on(dt.date(2020, 6, 9))] == [
        "said",
        "left",
    ]
    assert any(entry.documents == (0, 1) for entry in merged.about("Moon"))


def test_reporting_events_are_never_merged() -> None:
    first = timeline.extract("The ministry said talks failed on Monday.", "2020-06-09")
    second = timeline.extract("The ministry said talks failed on Monday.", "2020-06-09")
    merged = timeline.merge([first, second])
    said = [entry for entry in merged if entry.mentions[0].entry.event.lemma == "say"]
    assert len(said) == 2
    failed = [entry for entry in merged if entry.mentions[0].entry.event.lemma == "fail"]
    assert [entry.documents for entry in failed] == [(0, 1)]


def test_events_on_different_days_stay_apart() -> None:
    first = timeline.extract("Kim met Moon on Monday.", "2020-06-09")
    second = timeline.extract("Kim met Moon on Friday.", "2020-06-09")
    assert len(timeline.merge([first, second])) == 2


def test_merging_nothing_and_one_timeline() -> None:
    assert len(timeline.merge([])) == 0
    one = timeline.extract(FIRST, "2020-06-09")
    merged = timeline.merge([one])
    assert [entry.mentions[0].entry for entry in merged] == list(one.entries)


def test_merge_refuses_what_is_not_a_timeline() -> None:
    with pytest.raises(InvalidTimelineError, match="item 1 is a str"):
        timeline.merge([timeline.extract("Rain fell.", "2020-06-09"), "Rain fell."])  # type: ignore[list-item]
