"""Throughput, growth and memory of ``timeline.extract_many`` over many documents, and where the time goes.

Usage: python benchmarks/scale_benchmark.py [CORPUS_FOLDER] [--sizes 1000 10000] [--processes 1 2]
       [--growth-processes 2] [--batch-size 32] [--share-documents 256] [--dask-workers 2]

The documents are the TimeML texts of CORPUS_FOLDER (default
../shared/data/tbaq-cleaned, 256 TempEval-3 training documents), each with its
own creation time as publication date, taken round and round until there are
as many as asked (document i is corpus document i mod 256, with id i).

Three tables, all measured in one run:

1. Documents per second for each ``n_process`` on the smallest size (each
   run starts its worker processes anew; the time includes that), and with
   ``--dask-workers N`` for ``timeline.cluster.extract_bag`` on a local Dask
   cluster of N worker processes (started, and its workers' pipelines
   loaded, before the clock starts).
2. Growth: the same ``n_process`` (``--growth-processes``) on every size.
   Time per document should not grow with the corpus (linear total time), and
   memory should stay flat: the memory of the parent and its worker processes
   together (proportional set size, so shared pages count once) is sampled
   after every batch; the table gives it after the first tenth of the
   documents, at the end, and its peak.
3. The share of the time spent in spaCy's own stages (tokenizer, tok2vec,
   tagger, parser, attribute ruler, lemmatizer, NER) versus the timeline
   stages (paragraphs, time recognizer and resolver, events, links, ordering,
   and turning the Doc into a ``Timeline``), on the first
   ``--share-documents`` documents in one process. Each stage runs over a whole
   batch as ``nlp.pipe`` runs it (``pipe`` for spaCy's trained stages), timed
   stage by stage.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import os
import statistics
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import timeline
from timeline.batch import DEFAULT_BATCH_SIZE
from timeline.chunking import tokenize
from timeline.pipeline import COMPONENTS
from timeline.store import TEXT, set_publication_date, timeline_of
from timeline.timeml.reader import read_corpus

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "tbaq-cleaned"
OURS = {*COMPONENTS, "timeline_paragraphs"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--growth-processes", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--share-documents", type=int, default=256)
    parser.add_argument(
        "--dask-workers",
        type=int,
        default=0,
        help="also time timeline.cluster.extract_bag on a local Dask cluster of this many worker processes",
    )
    arguments = parser.parse_args()

    corpus = [(document.text, document.publication_date) for document in read_corpus(arguments.corpus)]
    characters = sum(len(text) for text, _ in corpus)
    print(
        f"corpus: {len(corpus)} documents, {characters / len(corpus):,.0f} characters each on average; "
        f"batch size {arguments.batch_size}; {os.cpu_count()} CPUs"
    )
    timeline.extract("Warm-up on Monday.", "2020-06-09")  # the parent loads its pipeline once

    smallest = min(arguments.sizes)
    print(f"\n## Documents per second, {smallest:,} documents\n")
    print("| n_process | seconds | documents/s | median s per batch | peak memory (MiB) | failed |")
    print("|---|---|---|---|---|---|")
    rates: dict[int, float] = {}
    for processes in arguments.processes:
        run = _run(corpus, smallest, processes, arguments.batch_size)
        rates[processes] = smallest / run.seconds
        print(
            f"| {processes} | {run.seconds:.1f} | {rates[processes]:.1f} | {run.median_batch:.2f} | "
            f"{run.peak_mib:.0f} | {run.failed} |"
        )
    if arguments.dask_workers:
        seconds = _dask_run(corpus, smallest, arguments.dask_workers, arguments.batch_size)
        rates[-arguments.dask_workers] = smallest / seconds
        print(f"| Dask, {arguments.dask_workers} workers | {seconds:.1f} | {smallest / seconds:.1f} | | | |")
    if 1 in rates:
        for processes, rate in rates.items():
            if processes != 1:
                name = f"Dask with {-processes} workers" if processes < 0 else f"n_process={processes}"
                print(f"\n{name} is {rate / rates[1]:.2f}x n_process=1")

    growth = arguments.growth_processes
    print(f"\n## Growth with the number of documents, n_process={growth}\n")
    print("| documents | seconds | ms per document | memory after 1/10 (MiB) | at the end | peak | failed |")
    print("|---|---|---|---|---|---|---|")
    per_document: dict[int, float] = {}
    for size in sorted(arguments.sizes):
        run = _run(corpus, size, growth, arguments.batch_size)
        per_document[size] = run.seconds / size
        print(
            f"| {size:,} | {run.seconds:.1f} | {1000 * per_document[size]:.1f} | {run.tenth_mib:.0f} | "
            f"{run.end_mib:.0f} | {run.peak_mib:.0f} | {run.failed} |"
        )
    sizes = sorted(per_document)
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        ratio = per_document[last] / per_document[first]
        print(
            f"\n{last / first:g}x the documents took {ratio * last / first:.2f}x the time "
            f"(time per document x{ratio:.2f})"
        )

    print(f"\n## Where the time goes, {arguments.share_documents} documents, one process\n")
    _stage_share(corpus[: arguments.share_documents], arguments.batch_size)


class _Run:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.batches: list[float] = []
        self.samples: list[float] = []
        self.failed = 0

    @property
    def median_batch(self) -> float:
        return statistics.median(self.batches) if self.batches else 0.0

    @property
    def peak_mib(self) -> float:
        return max(self.samples, default=0.0)

    @property
    def tenth_mib(self) -> float:
        return self.samples[len(self.samples) // 10] if self.samples else 0.0

    @property
    def end_mib(self) -> float:
        return self.samples[-1] if self.samples else 0.0


def _items(corpus: Sequence[tuple[str, object]], size: int) -> Iterator[tuple[str, object, int]]:
    for number, (text, date) in zip(range(size), itertools.cycle(corpus), strict=False):
        yield text, date, number


def _run(corpus: Sequence[tuple[str, object]], size: int, processes: int, batch_size: int) -> _Run:
    run = _Run()
    started = last = time.perf_counter()
    results = timeline.extract_many(
        _items(corpus, size), n_process=processes, batch_size=batch_size, errors="collect"
    )
    for count, result in enumerate(results, 1):
        run.failed += not result.ok
        if count % batch_size == 0 or count == size:
            now = time.perf_counter()
            run.batches.append(now - last)
            last = now
            run.samples.append(_resident_mib())
    run.seconds = time.perf_counter() - started
    return run


def _dask_run(corpus: Sequence[tuple[str, object]], size: int, workers: int, batch_size: int) -> float:
    """Seconds for ``timeline.cluster.extract_bag`` over ``size`` documents on a new local Dask cluster.

    The cluster is started (and each worker loads its pipeline on a warm-up
    partition) before the clock starts; the bag has two partitions per worker.
    """
    import dask.bag  # noqa: PLC0415 - the dask extra is needed only for this measurement
    from distributed import Client, LocalCluster  # noqa: PLC0415

    from timeline.cluster import extract_bag  # noqa: PLC0415

    with (
        LocalCluster(
            n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        warm_up = dask.bag.from_sequence([("On Monday.", "2020-06-09", number) for number in range(workers)])
        extract_bag(warm_up.repartition(workers)).compute()
        bag = dask.bag.from_sequence(list(_items(corpus, size)), npartitions=2 * workers)
        started = time.perf_counter()
        results = extract_bag(bag, batch_size=batch_size).compute()
        seconds = time.perf_counter() - started
        client.close()
    failed = sum(not result.ok for result in results)
    if failed:
        print(f"(Dask: {failed} documents failed)")
    return seconds


def _resident_mib() -> float:
    """Memory of this process and its live child processes (the workers), in MiB.

    Each process counts its proportional set size (Pss): pages it shares with
    others (after the fork, most of the loaded pipeline) count once in the sum.
    """
    pids = [os.getpid(), *(child.pid for child in multiprocessing.active_children())]
    total = 0
    for pid in pids:
        try:
            status = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1])
    return total / 1024


def _stage_share(corpus: Sequence[tuple[str, object]], batch_size: int) -> None:
    nlp = timeline.DEFAULT_PIPELINES.get()
    seconds = dict.fromkeys(["tokenizer", *nlp.pipe_names, "Timeline values"], 0.0)
    started = time.perf_counter()
    for start in range(0, len(corpus), batch_size):
        batch = corpus[start : start + batch_size]
        begin = time.perf_counter()
        docs = []
        for text, date in batch:
            doc = tokenize(nlp, text)
            set_publication_date(doc, date)
            TEXT.set(doc, text)
            docs.append(doc)
        seconds["tokenizer"] += time.perf_counter() - begin
        for name, stage in nlp.pipeline:
            begin = time.perf_counter()
            docs = (
                list(stage.pipe(docs, batch_size=batch_size))
                if hasattr(stage, "pipe")
                else [stage(doc) for doc in docs]
            )
            seconds[name] += time.perf_counter() - begin
        begin = time.perf_counter()
        for doc in docs:
            timeline_of(doc)
        seconds["Timeline values"] += time.perf_counter() - begin
    total = time.perf_counter() - started
    ours = sum(value for name, value in seconds.items() if name in OURS or name == "Timeline values")
    print("| stage | owner | seconds | share |")
    print("|---|---|---|---|")
    for name, value in seconds.items():
        owner = "timeline" if name in OURS or name == "Timeline values" else "spaCy"
        print(f"| {name} | {owner} | {value:.2f} | {100 * value / total:.1f}% |")
    print(f"| **spaCy's stages** | | {total - ours:.2f} | {100 * (total - ours) / total:.1f}% |")
    print(f"| **timeline's stages** | | {ours:.2f} | {100 * ours / total:.1f}% |")
    print(f"\n{len(corpus)} documents in {total:.1f} s ({len(corpus) / total:.1f} documents/s)")


if __name__ == "__main__":
    main()
