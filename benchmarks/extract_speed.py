"""Speed of ``timeline.extract`` over a TimeML corpus, next to spaCy's own pipeline on the same texts.

Usage: python benchmarks/extract_speed.py [CORPUS_FOLDER] [--repeat N]

CORPUS_FOLDER defaults to ../shared/data/tbaq-cleaned (256 TempEval-3 training
documents). Prints documents per second, the median time per document, and
the share of the time spent in spaCy's own components versus the timeline
stages, all measured in the same run. Also counts documents that raised.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import timeline
from timeline.pipeline import COMPONENTS
from timeline.store import set_publication_date
from timeline.timeml.reader import read_corpus

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "tbaq-cleaned"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus (default 1)")
    arguments = parser.parse_args()

    documents = list(read_corpus(arguments.corpus))
    nlp = timeline.DEFAULT_PIPELINES.get()
    timeline.extract("Warm-up on Monday.", "2020-06-09")  # loads everything once

    per_document: list[float] = []
    per_component = dict.fromkeys(nlp.pipe_names, 0.0)
    failures = 0
    events = expressions = 0
    started = time.perf_counter()
    for _ in range(arguments.repeat):
        for document in documents:
            begin = time.perf_counter()
            try:
                doc = nlp.make_doc(document.text)
                set_publication_date(doc, document.publication_date)
                for name, component in nlp.pipeline:
                    stage_start = time.perf_counter()
                    doc = component(doc)
                    per_component[name] += time.perf_counter() - stage_start
                result = doc._.timeline
                events += len(result.events)
                expressions += len(result.expressions)
            except Exception:  # a benchmark counts failures instead of stopping
                failures += 1
            per_document.append(time.perf_counter() - begin)
    elapsed = time.perf_counter() - started

    ours = sum(seconds for name, seconds in per_component.items() if name in COMPONENTS)
    ours += per_component.get("timeline_paragraphs", 0.0)
    total = sum(per_component.values())
    count = len(documents) * arguments.repeat
    print(f"corpus               {arguments.corpus}")
    print(f"documents            {len(documents)} ({arguments.repeat} pass(es))")
    print(f"characters           {sum(len(d.text) for d in documents):,}")
    print(f"documents/second     {count / elapsed:.1f}")
    print(f"median ms/document   {statistics.median(per_document) * 1000:.1f}")
    print(f"failures             {failures}")
    print(f"expressions found    {expressions}")
    print(f"events found         {events}")
    print(f"timeline stages      {ours / total:.1%} of pipeline time")
    print(f"spaCy's components   {(total - ours) / total:.1%} of pipeline time")
    print()
    print(f"{'component':28} {'seconds':>8} {'share':>7}")
    for name, seconds in per_component.items():
        print(f"{name:28} {seconds:8.2f} {seconds / total:7.1%}")


if __name__ == "__main__":
    main()
