"""MATRES: reading pairs, aligning them with a timeline's events, predicting start order, scoring."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.evaluation.matres import (
    MatresPair,
    MatresScores,
    TimelineOrder,
    align_pair,
    instance_starts,
    label_of,
    predict_relation,
    read_matres,
)
from timeline.model import (
    PUBLICATION_DATE_ID,
    Aspect,
    Entry,
    Event,
    EventClass,
    Interval,
    PartOfSpeech,
    Placement,
    PlacementKind,
    Polarity,
    Relation,
    RelType,
    Tense,
    Timeline,
)
from timeline.timeml.reader import parse_document, read_markup

SHARED = (Path(__file__).resolve().parents[2] / ".." / "shared" / "data").resolve()
needs_data = pytest.mark.skipif(not (SHARED / "matres").is_dir(), reason="the MATRES data is absent")


def _event(id_: str, start: int) -> Event:
    return Event(
        id_, "went", start, start + 4, 0, "go", EventClass.OCCURRENCE, Tense.PAST, Aspect.NONE,
        Polarity.POS, None, PartOfSpeech.VERB, "",
    )  # fmt: skip


def _entry(event: Event, kind: PlacementKind, day: dt.date | None = None) -> Entry:
    interval = Interval.day(day) if day is not None else None
    return Entry(event, Placement(kind, interval, "", None, "test"))


A, B, C, D, E = (_event(f"e{n}", n * 10) for n in range(1, 6))
PUBLISHED = dt.date(2020, 6, 9)
TIMELINE = Timeline(
    text="",
    publication_date=PUBLISHED,
    events=(A, B, C, D, E),
    relations=(
        Relation("e1", "e2", RelType.IS_INCLUDED, "test"),
        Relation("e2", "e3", RelType.BEFORE, "test"),
        Relation("e4", "e3", RelType.BEGINS, "test"),
    ),
    entries=(
        _entry(A, PlacementKind.UNKNOWN),
        _entry(B, PlacementKind.UNKNOWN),
        _entry(C, PlacementKind.DATED, dt.date(2020, 6, 1)),
        _entry(D, PlacementKind.UNKNOWN),
        _entry(E, PlacementKind.AFTER_PUBLICATION),
    ),
)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (A, C, RelType.BEFORE),  # a within b, b before c: the closure
        (C, A, RelType.AFTER),
        (B, A, RelType.BEFORE),  # b includes a: b starts first
        (D, C, RelType.SIMULTANEOUS),  # d begins c: the same start
        (C, E, RelType.BEFORE),  # June 1 against after publication: the placements
        (E, C, RelType.AFTER),
        (D, A, RelType.AFTER),  # d starts with c, after a ends
        (A, E, None),  # nothing says
        (D, E, None),
    ],
)
def test_predictions_come_from_the_closure_then_the_placements(
    first: Event, second: Event, expected: RelType | None
) -> None:
    assert predict_relation(TIMELINE, first, second) is expected
    assert TimelineOrder.of(TIMELINE).relation(first, second) is expected


def test_labels_of_predictions() -> None:
    assert [label_of(rel) for rel in (RelType.BEFORE, RelType.AFTER, RelType.SIMULTANEOUS, None)] == [
        "BEFORE",
        "AFTER",
        "EQUAL",
        "VAGUE",
    ]


def test_scores_count_uncovered_pairs_as_wrong_and_leave_vague_out_of_f1() -> None:
    outcomes = [("BEFORE", "BEFORE")] * 3 + [("AFTER", "BEFORE"), ("VAGUE", "VAGUE"), ("EQUAL", None)]
    scores = MatresScores.of(outcomes)
    assert (scores.pairs, scores.covered, scores.correct) == (6, 5, 4)
    assert scores.accuracy == 4 / 6
    assert scores.covered_accuracy == 4 / 5
    assert (scores.figures.precision, scores.figures.recall) == (3 / 4, 3 / 5)
    assert (scores + scores).pairs == 12
    assert scores.label_counts()[0] == ("BEFORE", 3, 3)


def test_reads_pairs_and_skips_malformed_lines(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(
        "D1\tsaid\tmade\t1\t2\tAFTER\nnot a pair\nD1\tmade\tleft\t2\t7\tequal\n", encoding="utf-8"
    )
    pairs = read_matres(path)
    assert pairs == (
        MatresPair("D1", "said", "made", "ei1", "ei2", "AFTER"),
        MatresPair("D1", "made", "left", "ei2", "ei7", "EQUAL"),
    )


@needs_data
def test_every_pair_aligns_with_the_gold_events_themselves() -> None:
    """With the gold events as the system's, every pair of a document is covered by the right events."""
    pairs = [
        pair for pair in read_matres(SHARED / "matres" / "aquaint.txt") if pair.doc_id == "NYT20000406.0002"
    ]
    markup = read_markup(SHARED / "tbaq-cleaned" / "AQUAINT" / "NYT20000406.0002.tml")
    document = parse_document(markup)
    gold = Timeline(
        text=document.text, publication_date=document.publication_date, events=document.model_events()
    )
    starts = instance_starts(markup)
    assert len(pairs) >= 5
    for pair in pairs:
        aligned = align_pair(starts, gold, pair)
        assert aligned is not None
        assert (aligned[0].text, aligned[1].text) == (pair.first_verb, pair.second_verb)
    assert align_pair(starts, gold, MatresPair("x", "a", "b", "ei9999", "ei1", "BEFORE")) is None
    assert predict_relation(gold, *(align_pair(starts, gold, pairs[0]) or ())) is None
    assert PUBLICATION_DATE_ID == "t0"
