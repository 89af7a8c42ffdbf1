"""Event extraction of ``timeline.extract`` scored against a TimeML corpus, with its speed.

Usage: python benchmarks/events_benchmark.py [CORPUS_FOLDER] [--by-class]

CORPUS_FOLDER defaults to ../shared/data/tbaq-cleaned (256 TempEval-3 training
documents, 11,129 gold EVENTs). The system sees only what a system may see:
the text inside <TEXT> and the creation time (DCT) as the publication date.
Its events are scored in memory by ``timeline.evaluation`` exactly as
TempEval-3 scores EVENTs (and as ``timeline evaluate`` scores written files):
strict and relaxed P/R/F1, then the accuracy (on the matched events) and F1 of
class, tense, aspect, polarity, part of speech and modality. ``--by-class``
adds recall and precision per gold class. Speed is the time of the
``extract`` call alone (the whole pipeline: parse, times, events, links,
ordering), after a warm-up, in the same run. Takes about a minute.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import timeline
from timeline.evaluation import EntityScores, score_documents
from timeline.evaluation.report import percent
from timeline.model import Event, Timeline
from timeline.timeml.reader import TimeMLDocument, read_corpus

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "tbaq-cleaned"
ATTRIBUTES = ("class", "tense", "aspect", "polarity", "pos", "modality")


def run(documents: Sequence[TimeMLDocument]) -> tuple[list[Timeline], list[float]]:
    """Every document's timeline and the seconds each took."""
    timeline.extract("Warm-up: the war ended on Monday.", "2020-06-09")  # loads the pipeline once
    timelines: list[Timeline] = []
    seconds: list[float] = []
    for document in documents:
        start = time.perf_counter()
        timelines.append(timeline.extract(document.text, document.publication_date))
        seconds.append(time.perf_counter() - start)
    return timelines, seconds


def report(scores: EntityScores) -> list[str]:
    """The EVENT figures as lines of text."""
    events = scores.events
    lines = [
        f"system EVENTs   {events.system} (gold {events.gold})",
        f"strict          P {percent(events.strict.precision)}  R {percent(events.strict.recall)}"
        f"  F1 {percent(events.strict.f1)}",
        f"relaxed         P {percent(events.relaxed.precision)}  R {percent(events.relaxed.recall)}"
        f"  F1 {percent(events.relaxed.f1)}",
        "",
        f"{'attribute':14}{'accuracy':>10}{'F1':>8}"
        f"   (accuracy on the {events.relaxed_matches} matched events)",
    ]
    for name in ATTRIBUTES:
        score = events.attribute(name)
        lines.append(f"{name:14}{percent(score.accuracy):>10}{percent(score.f1):>8}")
    return lines


def by_class(documents: Sequence[TimeMLDocument], timelines: Sequence[Timeline]) -> list[str]:
    """Recall per gold class and precision per system class (a match: same start offset)."""
    gold_total: Counter[str] = Counter()
    gold_found: Counter[str] = Counter()
    system_total: Counter[str] = Counter()
    system_right: Counter[str] = Counter()
    for document, found in zip(documents, timelines, strict=True):
        system: dict[int, Event] = {}
        for event in found.events:
            system.setdefault(event.start, event)
        gold = {event.start: event.event_class for event in document.events}
        for start, event_class in gold.items():
            gold_total[event_class] += 1
            gold_found[event_class] += start in system
        for start, event in system.items():
            system_total[event.event_class.value] += 1
            system_right[event.event_class.value] += gold.get(start) == event.event_class.value
    lines = [f"{'class':14}{'gold':>7}{'recall':>9}{'system':>9}{'class P':>9}"]
    for name in sorted(gold_total, key=gold_total.__getitem__, reverse=True):
        recall = gold_found[name] / gold_total[name]
        precision = system_right[name] / system_total[name] if system_total[name] else 0.0
        lines.append(
            f"{name:14}{gold_total[name]:>7}{percent(recall):>9}{system_total[name]:>9}{percent(precision):>9}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--by-class", action="store_true", help="recall and precision per gold class")
    arguments = parser.parse_args()

    documents = list(read_corpus(arguments.corpus))
    timelines, seconds = run(documents)
    scores = score_documents(
        (document, found.expressions, found.events)
        for document, found in zip(documents, timelines, strict=True)
    )
    characters = sum(len(document.text) for document in documents)
    print(f"corpus          {arguments.corpus}")
    print(f"documents       {len(documents)}, {characters:,} characters")
    print("\n".join(report(scores)))
    if arguments.by_class:
        print()
        print("\n".join(by_class(documents, timelines)))
    print()
    print(
        f"speed           {len(seconds) / sum(seconds):.1f} documents/s,"
        f" median {statistics.median(seconds) * 1000:.1f} ms/document (whole extract pipeline)"
    )


if __name__ == "__main__":
    main()
