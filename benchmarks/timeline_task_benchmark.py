"""SemEval-2015 Task 4 (TimeLine) main track from raw text: entity timelines of ``timeline.extract``, scored.

Usage: python benchmarks/timeline_task_benchmark.py [TRIAL_FOLDER] [--show]

TRIAL_FOLDER defaults to ../shared/data/semeval2015-task4-trial (30 Wikinews
articles about Apple and 6 gold timelines). Each article of its TimeML
folder goes through ``timeline.extract`` (its sentences and creation date
alone; the gold EVENT tags are ignored); for each gold timeline's target
entity, ``timeline.evaluation.semeval.export_timeline`` gathers the entries
``Timeline.about(entity)`` finds in every article and orders them by their
placements; the result is scored as the task's tool scores it (timelines
as TLINK graphs, TempEval-3 temporal awareness, micro-averaged over the
timelines). Printed: per timeline and overall P/R/F1, the gold scored
against itself (must be 100) and, with ``--show``, the system timelines.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import timeline
from timeline.evaluation.report import percent
from timeline.evaluation.semeval import (
    EntityTimeline,
    SourceDocument,
    export_timeline,
    read_source,
    read_timeline,
    score_timelines,
)
from timeline.model import Timeline

DEFAULT_TRIAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "semeval2015-task4-trial"


def row(name: str, gold: EntityTimeline, system: EntityTimeline) -> str:
    scores = score_timelines([gold], [system]).overall
    figures = scores.figures
    mentions = sum(len(event.mentions) for event in system.events)
    return (
        f"{name:22}{percent(figures.precision):>8}{percent(figures.recall):>8}{percent(figures.f1):>8}"
        f"{scores.system:>8}{scores.gold:>8}{mentions:>10}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("trial", nargs="?", type=Path, default=DEFAULT_TRIAL)
    parser.add_argument("--show", action="store_true", help="print the system timelines")
    arguments = parser.parse_args()
    trial: Path = arguments.trial

    gold = [read_timeline(path) for path in sorted((trial / "TimeLines_trial_data_task4_v1.2").glob("*.txt"))]
    timeline.extract("Warm-up: the war ended on Monday.", "2020-06-09")  # loads the pipeline once
    start = time.perf_counter()
    analysed: list[tuple[SourceDocument, Timeline]] = []
    for path in sorted((trial / "Corpus-trial-data_task4_TimeML").glob("*.tml")):
        document = read_source(path)
        analysed.append((document, timeline.extract(document.text, document.publication_date)))
    system = [export_timeline(timeline_.entity, analysed) for timeline_ in gold]
    seconds = time.perf_counter() - start

    print(f"trial data  {trial}: {len(analysed)} documents, {len(gold)} gold timelines")
    print(f"{'timeline':22}{'P':>8}{'R':>8}{'F1':>8}{'system':>8}{'gold':>8}{'mentions':>10}")
    for gold_timeline, system_timeline in zip(gold, system, strict=True):
        print(row(gold_timeline.entity, gold_timeline, system_timeline))
    overall = score_timelines(gold, system).overall
    figures = overall.figures
    print(
        f"{'micro-average':22}{percent(figures.precision):>8}{percent(figures.recall):>8}"
        f"{percent(figures.f1):>8}{overall.system:>8}{overall.gold:>8}"
    )
    print(f"{'gold against gold':22}{'':16}{percent(score_timelines(gold, gold).overall.figures.f1):>8}")
    print(f"speed       {len(analysed) / seconds:.1f} documents/s (extract and export)")
    if arguments.show:
        for system_timeline in system:
            print()
            print(system_timeline.format(), end="")


if __name__ == "__main__":
    main()
