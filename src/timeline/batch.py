"""Many documents at once: :func:`extract_many` streams ``(text, publication_date[, id])`` items to results.

The texts go through spaCy's ``nlp.pipe`` in batches (its trained stages are
faster on batches). With ``n_process`` above 1 the batches are shared out to
that many worker processes of a :class:`concurrent.futures.ProcessPoolExecutor`,
each of which loads its pipeline once and runs ``nlp.pipe`` on every batch it
gets; only the finished :class:`~timeline.model.Timeline` values (frozen attrs
values, no spaCy objects) come back, and results are yielded in input order.
At most two batches per worker are in flight, and each worker runs a batch
inside a spaCy memory zone (the strings new words add to its vocabulary are
freed after the batch), so memory stays flat however many items the input
holds, and the input may be a generator of any length. In one process
(``n_process=1``) the shared pipeline's vocabulary keeps the words it meets,
as spaCy's does: it grows with the vocabulary of the texts, not their number.

spaCy's own ``nlp.pipe(n_process=...)`` is not used for the processes: it
sends every parsed ``Doc`` (tensors included) back to the parent through
msgpack, which cannot carry the timeline's values, and reports a failure in a
worker for a whole batch without saying which document caused it.

A document that cannot be extracted (its text is not a ``str``, its
publication date is invalid, an item is not a 2- or 3-tuple, a pipeline stage
fails on it) gives a :class:`DocumentResult` with an ``error`` and no
timeline, naming the item's id, with ``errors="collect"``; with
``errors="raise"`` (the default) the stream stops there with
:class:`~timeline.errors.DocumentExtractionError`. Either way the other
documents of its batch are not lost: a batch that fails is run again one
document at a time.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import itertools
import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence

import attrs
from spacy.language import Language

from timeline.chunking import run_pipeline, run_pipeline_batch
from timeline.errors import DocumentExtractionError, InvalidSettingError
from timeline.model import Timeline
from timeline.pipeline import DEFAULT_PIPELINES, checked_policy, pipeline
from timeline.publication import to_publication_date
from timeline.store import timeline_of
from timeline.text_input import checked_text
from timeline.times.resolve import AnchoringPolicy

__all__ = ["DEFAULT_BATCH_SIZE", "DocumentResult", "Failure", "extract_many"]

#: Documents per batch when none is given: what each ``nlp.pipe`` call (and each worker task) holds.
DEFAULT_BATCH_SIZE = 32

_ERROR_MODES = ("raise", "collect")


@attrs.frozen
class Failure:
    """Why one document gave no timeline: the error's type name and message.

    >>> Failure("InvalidTextError", "text must be a str; got bytes").describe()
    'InvalidTextError: text must be a str; got bytes'
    """

    type: str
    message: str

    def describe(self) -> str:
        """``"Type: message"``, as a traceback's last line says it."""
        return f"{self.type}: {self.message}"

    @classmethod
    def of(cls, error: BaseException) -> Failure:
        """The failure record of ``error``.

        >>> Failure.of(ValueError("bad date")).describe()
        'ValueError: bad date'
        """
        return cls(type(error).__name__, str(error))


@attrs.frozen
class DocumentResult:
    """One item's outcome: its id, and its timeline or why there is none.

    >>> result = DocumentResult(id=7, timeline=None, error=Failure("ValueError", "bad"))
    >>> result.ok
    False
    """

    #: The item's id: the third element of the item, else its position in the input (from 0).
    id: object
    #: The timeline, or ``None`` when the document failed.
    timeline: Timeline | None
    #: What went wrong, or ``None`` when the document succeeded.
    error: Failure | None = None

    @property
    def ok(self) -> bool:
        """Whether the document gave a timeline."""
        return self.error is None


@attrs.frozen
class _Job:
    """One checked item, ready to send to a worker: text and date valid, or the failure that stops it."""

    id: object
    text: str = ""
    publication_date: dt.date | None = None
    failure: Failure | None = None

    @property
    def ready(self) -> bool:
        """Whether the pipeline must run: the item is valid and its text has something in it."""
        return self.failure is None and bool(self.text.strip())


@attrs.frozen
class _Settings:
    """What each worker needs to build its pipeline: the caller's ``nlp``, or the default's settings."""

    nlp: Language | None
    policy: str
    day_first: bool


def extract_many(
    items: Iterable[tuple[str, object] | tuple[str, object, object]],
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    errors: str = "raise",
    nlp: Language | None = None,
    policy: str = AnchoringPolicy.NEWS.value,
    day_first: bool = False,
) -> Iterator[DocumentResult]:
    """The timelines of ``items``, streamed in input order, ``batch_size`` documents to a batch.

    Each item is ``(text, publication_date)`` or ``(text, publication_date,
    id)``, taken as :func:`timeline.extract` takes them; an item without an id
    is known by its position in the input, from 0. ``n_process`` worker
    processes share the batches (``-1``: one per CPU). ``errors`` is
    ``"raise"`` (stop at the first document that fails, with
    :class:`~timeline.errors.DocumentExtractionError` naming its id) or
    ``"collect"`` (yield a :class:`DocumentResult` with the ``error`` and go
    on). ``nlp``, ``policy`` and ``day_first`` are those of
    :func:`timeline.extract`; each worker process loads its own pipeline once.
    Settings are checked at once; items as they are reached.

    >>> items = [("On Monday, only one was answered.", "2020-06-09", "nk"), ("Since 1999.", "2020-06-09")]
    >>> for result in extract_many(items):
    ...     print(result.id, [entry.label for entry in result.timeline])
    nk ['2020-06-08']
    1 []
    >>> [result.error.type for result in extract_many([(b"bytes", "2020-06-09")], errors="collect")]
    ['InvalidTextError']
    >>> next(extract_many([(b"bytes", "2020-06-09", "doc-1")]))
    Traceback (most recent call last):
    ...
    timeline.errors.DocumentExtractionError: document 'doc-1': InvalidTextError: text must be a str; ...
    """
    workers = _checked_processes(n_process)
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        msg = f"batch_size must be a positive int; got {batch_size!r}"
        raise InvalidSettingError(msg)
    if errors not in _ERROR_MODES:
        msg = f"errors must be 'raise' or 'collect'; got {errors!r}"
        raise InvalidSettingError(msg)
    settings = _Settings(
        nlp=pipeline(nlp, policy=policy, day_first=day_first) if nlp is not None else None,
        policy=checked_policy(policy),
        day_first=bool(day_first),
    )
    return _raising(_stream(items, settings, workers, batch_size), collect=errors == "collect")


def _checked_processes(n_process: int) -> int:
    if isinstance(n_process, bool) or not isinstance(n_process, int) or n_process == 0 or n_process < -1:
        msg = f"n_process must be a positive int, or -1 for one process per CPU; got {n_process!r}"
        raise InvalidSettingError(msg)
    return n_process if n_process > 0 else os.cpu_count() or 1


def _raising(results: Iterator[DocumentResult], *, collect: bool) -> Iterator[DocumentResult]:
    for result in results:
        if result.error is not None and not collect:
            msg = f"document {result.id!r}: {result.error.describe()}"
            raise DocumentExtractionError(msg, result.id, result.error.type, result.error.message)
        yield result


def _jobs(items: Iterable[object]) -> Iterator[_Job]:
    """Each item checked: a job with a valid text and date, or one that carries its failure."""
    for position, item in enumerate(items):
        if not isinstance(item, tuple) or len(item) not in (2, 3):
            shape = f"a tuple of {len(item)}" if isinstance(item, tuple) else type(item).__name__
            message = f"an item must be (text, publication_date) or (text, publication_date, id); got {shape}"
            yield _Job(id=position, failure=Failure("InvalidSettingError", message))
            continue
        identifier = item[2] if len(item) == 3 else position
        try:
            text = checked_text(item[0])
            date = to_publication_date(item[1])
        except (ValueError, TypeError) as error:
            yield _Job(id=identifier, failure=Failure.of(error))
            continue
        yield _Job(id=identifier, text=text, publication_date=date)


def _stream(
    items: Iterable[object], settings: _Settings, workers: int, batch_size: int
) -> Iterator[DocumentResult]:
    batches = _batched(_jobs(items), batch_size)
    if workers == 1:
        for batch in batches:  # the pipeline is loaded when the first batch needs it, not for an empty input
            yield from _run_batch(_pipeline_of(settings), batch, batch_size)
        return
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(),
        initializer=_start_worker,
        initargs=(settings,),
    )
    try:
        pending: collections.deque[concurrent.futures.Future[list[DocumentResult]]] = collections.deque()
        for batch in batches:
            pending.append(pool.submit(_worker_batch, batch, batch_size))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _batched(jobs: Iterator[_Job], size: int) -> Iterator[list[_Job]]:
    while batch := list(itertools.islice(jobs, size)):
        yield batch


def _pipeline_of(settings: _Settings) -> Language:
    if settings.nlp is not None:
        return settings.nlp
    return DEFAULT_PIPELINES.get(settings.policy, day_first=settings.day_first)


def _run_batch(nlp: Language, batch: Sequence[_Job], batch_size: int) -> list[DocumentResult]:
    """The results of one batch; if the batch fails as a whole, each document is run alone."""
    todo = [job for job in batch if job.ready]
    texts = [(job.text, job.publication_date) for job in todo]
    try:
        docs = run_pipeline_batch(nlp, texts, batch_size=batch_size)
        results = [DocumentResult(job.id, timeline_of(doc)) for job, doc in zip(todo, docs, strict=True)]
    except Exception:  # one bad document must not cost the batch: find which one it was
        results = [_run_alone(nlp, job) for job in todo]
    done = iter(results)
    return [next(done) if job.ready else _unparsed(job) for job in batch]


def _run_alone(nlp: Language, job: _Job) -> DocumentResult:
    try:
        return DocumentResult(job.id, timeline_of(run_pipeline(nlp, job.text, job.publication_date)))
    except Exception as error:
        return DocumentResult(job.id, None, Failure.of(error))


def _unparsed(job: _Job) -> DocumentResult:
    """The result of a job that needs no pipeline: a failed item, or a text with nothing in it."""
    if job.failure is not None:
        return DocumentResult(job.id, None, job.failure)
    return DocumentResult(job.id, Timeline(text=job.text, publication_date=job.publication_date))


# The pipeline of a worker process, loaded once by _start_worker.
_WORKER_PIPELINE: list[Language] = []


def _start_worker(settings: _Settings) -> None:
    _WORKER_PIPELINE[:] = [_pipeline_of(settings)]


def _worker_batch(batch: Sequence[_Job], batch_size: int) -> list[DocumentResult]:
    """One batch in a worker process, inside a spaCy memory zone: the strings its texts add are freed after.

    The worker's pipeline is its own, so freeing them cannot pull strings from
    under another thread (in the parent, ``extract`` may run in many threads
    on the shared default pipeline, so no zone is opened there). The results
    are plain values, complete before the zone closes.
    """
    nlp = _WORKER_PIPELINE[0]
    with nlp.memory_zone():
        return _run_batch(nlp, batch, batch_size)
