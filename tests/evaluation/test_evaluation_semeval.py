"""SemEval-2015 Task 4 timelines: reading, the TLINK graph, scoring, the source documents and the export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

from timeline.evaluation.closure import Link, reduce_links
from timeline.evaluation.semeval import (
    EntityTimeline,
    SourceDocument,
    TimelineEvent,
    export_timeline,
    read_source,
    read_timeline,
    score_timelines,
    timeline_links,
)
from timeline.model import (
    Aspect,
    Entry,
    Event,
    EventClass,
    Interval,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    RelType,
    Tense,
    Timeline,
)

TRIAL = (Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "semeval2015-task4-trial").resolve()
needs_trial = pytest.mark.skipif(not TRIAL.is_dir(), reason=f"the trial data ({TRIAL}) is absent")


def _gold() -> list[EntityTimeline]:
    return [read_timeline(path) for path in sorted((TRIAL / "TimeLines_trial_data_task4_v1.2").glob("*.txt"))]


STORY = EntityTimeline(
    "Apple",
    (
        TimelineEvent(0, "XXXX-XX-XX", ("1-2-sued",)),
        TimelineEvent(1, "1976", ("1-3-founded",)),
        TimelineEvent(2, "2005-06-06", ("1-4-said", "2-5-told")),
        TimelineEvent(2, "2005-06-06", ("1-4-announced",)),
        TimelineEvent(3, "2005-06-06", ("1-6-showed",)),
        TimelineEvent(4, "XXXX-XX-XX", ("2-7-left",)),
    ),
)


def test_the_graph_orders_positions_and_anchors_dates() -> None:
    reduced = reduce_links(timeline_links(STORY))
    graph = reduced.graph
    assert graph.entails(Link("E:1-3-founded", "E:2-7-left", RelType.BEFORE))
    assert graph.entails(Link("E:2-5-told", "E:1-4-announced", RelType.SIMULTANEOUS))
    assert graph.entails(Link("E:1-3-founded", "T:1976", RelType.SIMULTANEOUS))
    assert not any("1-2-sued" in link.source + link.target for link in reduced.scored)  # position 0
    # Two positions on one date: the second date link contradicts the order, and is kept apart.
    assert reduced.violated == (Link("E:1-6-showed", "T:2005-06-06", RelType.SIMULTANEOUS),)


def test_positions_are_relative_and_dates_are_nodes() -> None:
    shifted = EntityTimeline(
        "apple", tuple(attrs.evolve(event, position=event.position * 10) for event in STORY.events)
    )
    assert score_timelines([STORY], [shifted]).overall.figures.f1 == 1.0
    swapped = EntityTimeline(
        "Apple",
        tuple(
            attrs.evolve(event, position=5 - event.position) if event.position else event
            for event in STORY.events
        ),
    )
    figures = score_timelines([STORY], [swapped]).overall.figures
    assert 0.0 < figures.precision < 0.8
    assert figures.f1 < 0.7
    undated = EntityTimeline("Apple", tuple(attrs.evolve(event, date="XXXX-XX-XX") for event in STORY.events))
    figures = score_timelines([STORY], [undated]).overall.figures
    assert figures.precision == 1.0
    assert figures.recall < 1.0


def test_format_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "apple.txt"
    path.write_text(STORY.format(), encoding="utf-8")
    assert read_timeline(path) == STORY


@needs_trial
def test_gold_timelines_score_perfectly_against_themselves() -> None:
    gold = _gold()
    assert [timeline.entity for timeline in gold][:2] == ["Beatles Apple Corps", "iPhone 3G"]
    scores = score_timelines(gold, gold)
    assert scores.overall.figures.f1 == 1.0
    assert scores.overall.gold > 200
    assert score_timelines(gold, []).overall.figures.f1 == 0.0


@needs_trial
def test_every_gold_mention_is_a_word_of_its_sentence_in_the_source_documents() -> None:
    documents = {
        document.doc_id: document
        for document in map(read_source, sorted((TRIAL / "Corpus-trial-data_task4_TimeML").glob("*.tml")))
    }
    assert len(documents) == 30
    mentions = [mention for timeline in _gold() for event in timeline.events for mention in event.mentions]
    assert len(mentions) > 180
    # One gold mention names a document that is not there ("9590" for 9509): a typo of the trial data.
    assert [mention for mention in mentions if mention.split("-")[0] not in documents] == ["9590-10-access"]
    for mention in mentions:
        doc_id, sentence_id, token = mention.split("-", 2)
        if doc_id not in documents:
            continue
        document = documents[doc_id]
        (start, end) = next((s, e) for s, e, found in document.sentences if found == sentence_id)
        words = f" {document.text[start:end].lower()} "
        assert all(f" {word} " in words for word in token.split("_")), mention  # "taking_out": taking ... out
        assert document.sentence_at(start) == sentence_id


def _entry(text: str, start: int, interval: Interval | None, subject: str = "Apple") -> Entry:
    event = Event(
        f"e{start}", text, start, start + len(text), 0, text, EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE,
        Polarity.POS, None, PartOfSpeech.VERB, text, subject=subject,
    )  # fmt: skip
    kind = PlacementKind.DATED if interval is not None else PlacementKind.BEFORE_PUBLICATION
    return Entry(event, Placement(kind, interval, "", None, "test"))


def test_export_orders_dated_entries_across_documents_and_leaves_the_rest_unordered() -> None:
    first = SourceDocument(
        "10", dt.date(2006, 4, 5), "Apple sold it . Apple made it .", ((0, 15, "2"), (16, 31, "3"))
    )
    second = SourceDocument("11", dt.date(2006, 4, 5), "Apple used it .", ((0, 15, "4"),))
    day, month = Interval.day(dt.date(2006, 1, 1)), Interval.month(2006, 1)
    first_timeline = Timeline(
        text=first.text,
        publication_date=first.publication_date,
        entries=(
            _entry("sold", 6, day),
            _entry("made", 22, None),
            _entry("ran", 0, day, subject="Microsoft"),
        ),
    )
    second_timeline = Timeline(
        text=second.text, publication_date=second.publication_date, entries=(_entry("used", 6, month),)
    )
    exported = export_timeline("apple", [(first, first_timeline), (second, second_timeline)])
    assert exported.events == (
        TimelineEvent(0, "XXXX-XX-XX", ("10-3-made",)),
        TimelineEvent(1, "2006-01", ("11-4-used",)),  # the month first: it starts as early and lasts longer
        TimelineEvent(2, "2006-01-01", ("10-2-sold",)),
    )
    year = Interval.years(1976, 1976)
    dated = Timeline(text="", publication_date=None, entries=(_entry("sold", 6, year),))
    assert export_timeline("Apple", [(first, dated)]).events[0].date == "1976"
