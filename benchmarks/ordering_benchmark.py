"""Growth of the linking and ordering stages with the number of events in one document.

Usage: python benchmarks/ordering_benchmark.py [CORPUS_FOLDER] [--sizes 500,1000,2000,5000]

Builds documents of growing size by concatenating the corpus's texts (default
../shared/data/tbaq-cleaned) until each target number of events is reached,
runs spaCy and the earlier timeline stages once, then times the link stage
(``timeline_links``) and the ordering stage (``timeline_order``: temporal
graph, placement, order) on that document, best of three. Prints events,
relations, seconds per stage, microseconds per event, and the growth ratio
from one size to the next: near-linear cost keeps the ratio of per-event
times near 1.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

import timeline
from timeline import store
from timeline.store import set_publication_date
from timeline.timeml.reader import TimeMLDocument, read_corpus

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "tbaq-cleaned"
TIMED = ("timeline_links", "timeline_order")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="500,1000,2000,5000", help="target event counts")
    arguments = parser.parse_args()
    sizes = [int(size) for size in arguments.sizes.split(",")]

    documents = list(read_corpus(arguments.corpus))
    nlp = timeline.DEFAULT_PIPELINES.get()
    nlp.max_length = max(nlp.max_length, 5_000_000)
    # Events per character of the corpus, to pick how much text each size needs.
    sample = timeline.extract(documents[0].text, documents[0].publication_date)
    per_char = max(len(sample.events), 1) / max(len(documents[0].text), 1)

    print(f"{'events':>7} {'relations':>9} {'links s':>8} {'order s':>8} {'µs/event':>9} {'growth':>7}")
    previous: float | None = None
    for size in sizes:
        doc = _document_of(nlp, documents, int(size / per_char))
        count = len(store.EVENTS.get(doc))
        seconds = {name: _best_of_three(nlp.get_pipe(name), doc) for name in TIMED}
        built = store.TIMELINE.get(doc)
        relations = len(built.relations) if built is not None else 0
        total = sum(seconds.values())
        per_event = 1e6 * total / max(count, 1)
        growth = f"{per_event / previous:.2f}" if previous else "-"
        previous = per_event
        print(
            f"{count:7d} {relations:9d} {seconds['timeline_links']:8.2f} {seconds['timeline_order']:8.2f} "
            f"{per_event:9.1f} {growth:>7}"
        )


def _document_of(nlp: Language, documents: list[TimeMLDocument], characters: int) -> Doc:
    parts: list[str] = []
    length = 0
    while length < characters:
        for document in documents:
            parts.append(document.text)
            length += len(document.text)
            if length >= characters:
                break
    text = "\n\n".join(parts)
    doc = nlp.make_doc(text)
    set_publication_date(doc, documents[0].publication_date)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _best_of_three(component: Callable[[Doc], Doc], doc: Doc) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        component(doc)
        best = min(best, time.perf_counter() - started)
    return best


if __name__ == "__main__":
    main()
