"""Event extraction of ``timeline.extract`` scored against a TimeML corpus, with its speed.

Usage: python benchmarks/events_benchmark.py [CORPUS_FOLDER] [--by-class] [--confusions]

CORPUS_FOLDER defaults to ../shared/data/tbaq-cleaned (256 TempEval-3 training
documents, 11,129 gold EVENTs). The system sees only what a system may see:
the text inside <TEXT> and the creation time (DCT) as the publication date.
Its events are scored in memory by ``timeline.evaluation`` exactly as
TempEval-3 scores EVENTs (and as ``timeline evaluate`` scores written files):
strict and relaxed P/R/F1, then the accuracy (on the matched events) and F1 of
class, tense, aspect, polarity, part of speech and modality. The figures are
given for each part of the corpus (each sub-folder holding documents: for
tbaq-cleaned, TimeBank and AQUAINT) and for the whole, so that a rule developed
on the errors of one part can be checked on the other. ``--by-class`` adds
recall and precision per gold class; ``--confusions`` the class confusions
on the paired events of each part (gold class, system class, the system's
part of speech) and the lemmas most often given the wrong class. Speed is the time of the ``extract`` call
alone (the whole pipeline: parse, times, events, links, ordering), after a
warm-up, in the same run. Takes about a minute.

AQUAINT's gold polarity marks about half its events NEG and its part of speech
is mostly UNKNOWN, so polarity and part-of-speech figures are telling on
TimeBank only.
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


def parts(corpus: Path) -> list[tuple[str, list[TimeMLDocument]]]:
    """The corpus's parts: each sub-folder that holds documents, or the whole folder when none does."""
    folders = sorted(path for path in corpus.iterdir() if path.is_dir() and any(path.rglob("*.tml")))
    if not folders:
        return [(corpus.name, list(read_corpus(corpus)))]
    return [(folder.name, list(read_corpus(folder))) for folder in folders]


def report(columns: Sequence[tuple[str, EntityScores]]) -> list[str]:
    """The EVENT figures as a table with one column per part of the corpus."""

    def row(label: str, values: Sequence[str]) -> str:
        return f"{label:20}" + "".join(f"{value:>12}" for value in values)

    events = [scores.events for _, scores in columns]
    lines = [
        row("", [name for name, _ in columns]),
        row("documents", [str(scores.documents) for _, scores in columns]),
        row("gold EVENTs", [str(figures.gold) for figures in events]),
        row("system EVENTs", [str(figures.system) for figures in events]),
    ]
    for kind in ("strict", "relaxed"):
        for measure in ("precision", "recall", "f1"):
            label = f"{kind} {'F1' if measure == 'f1' else measure[0].upper()}"
            values = [getattr(getattr(figures, kind), measure) for figures in events]
            lines.append(row(label, [percent(value) for value in values]))
    lines.append(row("matched events", [str(figures.relaxed_matches) for figures in events]))
    for name in ATTRIBUTES:
        scores = [figures.attribute(name) for figures in events]
        lines.append(row(f"{name} accuracy", [percent(score.accuracy) for score in scores]))
        lines.append(row(f"{name} F1", [percent(score.f1) for score in scores]))
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


def confusions(
    documents: Sequence[TimeMLDocument], timelines: Sequence[Timeline], top: int = 15
) -> list[str]:
    """The commonest wrong classes on events paired by start offset, by part of speech, and their lemmas."""
    wrong: Counter[tuple[str, str, str]] = Counter()
    lemmas: Counter[tuple[str, str, str, str]] = Counter()
    paired = 0
    for document, found in zip(documents, timelines, strict=True):
        gold = {event.start: event.event_class for event in document.events}
        for event in found.events:
            if event.start not in gold:
                continue
            paired += 1
            if gold[event.start] != event.event_class.value:
                key = (gold[event.start], event.event_class.value, event.pos.value)
                wrong[key] += 1
                lemmas[(event.lemma, *key)] += 1
    lines = [f"{paired} paired events, {sum(wrong.values())} with the wrong class", ""]
    lines.append(f"{'gold':12}{'system':12}{'pos':12}{'events':>7}")
    lines += [f"{g:12}{s:12}{pos:12}{count:>7}" for (g, s, pos), count in wrong.most_common(top)]
    lines += ["", f"{'lemma':16}{'gold':12}{'system':12}{'pos':12}{'events':>7}"]
    lines += [
        f"{lemma:16}{g:12}{s:12}{pos:12}{count:>7}" for (lemma, g, s, pos), count in lemmas.most_common(top)
    ]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--by-class", action="store_true", help="recall and precision per gold class")
    parser.add_argument("--confusions", action="store_true", help="class confusions per part of the corpus")
    arguments = parser.parse_args()

    split = parts(arguments.corpus)
    documents = [document for _, part in split for document in part]
    timelines, seconds = run(documents)
    columns: list[tuple[str, EntityScores]] = []
    first = 0
    for name, part in split:
        found = timelines[first : first + len(part)]
        first += len(part)
        pairs = zip(part, found, strict=True)
        columns.append((name, score_documents((gold, got.expressions, got.events) for gold, got in pairs)))
    if len(columns) > 1:
        columns.append(("whole", EntityScores.total([scores for _, scores in columns])))
    characters = sum(len(document.text) for document in documents)
    print(f"corpus          {arguments.corpus}")
    print(f"documents       {len(documents)}, {characters:,} characters")
    print()
    print("\n".join(report(columns)))
    if arguments.by_class:
        print()
        print("\n".join(by_class(documents, timelines)))
    if arguments.confusions:
        first = 0
        for name, part in split:
            print()
            print(f"class confusions, {name}:")
            print("\n".join(confusions(part, timelines[first : first + len(part)])))
            first += len(part)
    print()
    print(
        f"speed           {len(seconds) / sum(seconds):.1f} documents/s,"
        f" median {statistics.median(seconds) * 1000:.1f} ms/document (whole extract pipeline)"
    )


if __name__ == "__main__":
    main()
