"""TempEval-3 temporal awareness of ``timeline annotate`` from raw text, against a gold TimeML corpus.

Usage: python benchmarks/tlink_benchmark.py [CORPUS_FOLDER] [--by-rule] [--gold-events]

CORPUS_FOLDER defaults to ../shared/data/tbaq-cleaned (TimeBank + AQUAINT,
256 documents, 11,115 gold TLINKs). Every document goes through what
``timeline annotate`` does: the text and the creation time alone go into
``timeline.extract``, whose time expressions, events and relations are
written as TimeML (TIMEX3, EVENT, MAKEINSTANCE, TLINK) into a temporary
folder, deleted at the end. That folder is scored against the gold by
``timeline.evaluate``, as ``timeline evaluate GOLD SYSTEM`` scores it:
temporal awareness (UzZaman and Allen 2011; the TempEval-3 relation score),
with system events and times matched to gold ones by their spans. Printed:
P/R/F1 for the whole corpus and for each sub-folder (TimeBank, AQUAINT),
each broken down by kind of link (the kinds add up to the whole), then the
speed. ``--by-rule`` scores the links of each rule on their own (precision
is what matters there; recall is against all the gold). ``--gold-events``
gives ``extract`` the gold EVENT spans as its events (``events=``, what
``timeline annotate --gold-events`` does): TempEval-3's relation task, with
the system's own time expressions; the issue's target is the raw-text run.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

import timeline
from timeline.evaluation import AwarenessScores, evaluate, score_markup
from timeline.evaluation.report import awareness_lines, percent
from timeline.model import Timeline
from timeline.timeml.reader import parse_document, read_markup
from timeline.timeml.writer import annotate

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "tbaq-cleaned"


def annotate_corpus(
    corpus: Path, target: Path, *, gold_events: bool = False
) -> tuple[dict[str, tuple[str, Timeline]], list[float]]:
    """Write every document of ``corpus`` as ``timeline annotate`` would; markup and timeline by path."""
    timeline.extract("Warm-up: the war ended on Monday.", "2020-06-09")  # loads the pipeline once
    done: dict[str, tuple[str, Timeline]] = {}
    seconds: list[float] = []
    for path in sorted(corpus.rglob("*.tml")):
        markup = read_markup(path)
        start = time.perf_counter()
        document = parse_document(markup, source=str(path))
        events = [(event.start, event.end) for event in document.events] if gold_events else None
        found = timeline.extract(document.text, document.publication_date, events=events)
        written = annotate(
            markup, found.expressions, found.events, source=str(path), relations=found.relations
        )
        seconds.append(time.perf_counter() - start)
        destination = target / path.relative_to(corpus)
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(written, encoding="utf-8")
        done[path.relative_to(corpus).as_posix()] = (markup, found)
    return done, seconds


def by_rule(done: dict[str, tuple[str, Timeline]]) -> list[str]:
    """Each rule's links scored alone against the gold."""
    rules = Counter(relation.rule for _, found in done.values() for relation in found.relations)
    lines = [f"{'rule':28}{'links':>7}{'P':>8}{'R':>8}{'correct':>9}"]
    for rule, count in rules.most_common():
        parts = []
        for markup, found in done.values():
            relations = [relation for relation in found.relations if relation.rule == rule]
            written = annotate(markup, found.expressions, found.events, relations=relations)
            parts.append(score_markup(markup, written))
        overall = AwarenessScores.total(parts).overall
        figures = overall.figures
        lines.append(
            f"{rule:28}{count:>7}{percent(figures.precision):>8}{percent(figures.recall):>8}"
            f"{overall.system_correct:>9}"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--by-rule", action="store_true", help="score the links of each rule on their own")
    parser.add_argument("--gold-events", action="store_true", help="order the gold events (relation task)")
    arguments = parser.parse_args()
    corpus: Path = arguments.corpus

    with tempfile.TemporaryDirectory(prefix="tlink-benchmark-") as folder:
        system = Path(folder)
        done, seconds = annotate_corpus(corpus, system, gold_events=arguments.gold_events)
        print(f"corpus      {corpus}, {len(done)} documents")
        if arguments.gold_events:
            print("events      the gold EVENT spans, given to extract (relation task); times the system's")
        parts = [("all", corpus, system)]
        parts += [(sub.name, sub, system / sub.name) for sub in sorted(corpus.iterdir()) if sub.is_dir()]
        for name, gold_folder, system_folder in parts:
            scores = evaluate(gold_folder, system_folder).tlinks
            print()
            print(f"== {name}: {scores.documents} documents")
            print("\n".join(awareness_lines(scores)))
    if arguments.by_rule:
        print()
        print("\n".join(by_rule(done)))
    print()
    print(
        f"speed       {len(seconds) / sum(seconds):.1f} documents/s,"
        f" median {statistics.median(seconds) * 1000:.1f} ms/document (extract + TimeML writing)"
    )


if __name__ == "__main__":
    main()
