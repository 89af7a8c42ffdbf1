"""The ``timeline extract`` run: its documents read, skipped when resumed, extracted, reported and written.

The documents stream through generators, one at a time: read
(:mod:`timeline.cli.inputs`), skipped if ``--resume`` finds their id in the
output already, extracted in batches by :func:`timeline.extract_many`, those
that failed reported on standard error, and the others handed to a writer of
:mod:`timeline.cli.writers`. A progress bar counts them all.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import itertools
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
from tqdm import tqdm

from timeline.batch import extract_many
from timeline.cli.failures import (
    EXIT_BAD_ARGUMENTS,
    EXIT_EMPTY_INPUT,
    EXIT_EXTRACTION_FAILED,
    EXIT_UNREADABLE_INPUT,
    Tally,
    reason,
)
from timeline.cli.inputs import InputDocument, InputFile, Problem, count_documents, read_documents
from timeline.cli.writers import output_folder, write_folder, write_one, write_stream
from timeline.errors import InvalidPublicationDateError, InvalidTimelineDataError
from timeline.export.formats import OutputFormat
from timeline.export.jsonl import RecordId, done_ids, drop_partial_line
from timeline.model import Timeline
from timeline.publication import to_publication_date

__all__ = ["run_extract"]

# The exit code for each reason an input gives no timeline.
_PROBLEM_EXIT_CODES = {
    Problem.UNREADABLE: EXIT_UNREADABLE_INPUT,
    Problem.NO_TEXT: EXIT_EMPTY_INPUT,
    Problem.EXTRACTION_FAILED: EXIT_EXTRACTION_FAILED,
}


def run_extract(arguments: argparse.Namespace) -> int:
    """Run ``timeline extract`` with the parsed ``arguments``; returns the exit code.

    >>> from timeline.cli.arguments import parser
    >>> run_extract(parser().parse_args(["extract", "no-such-file.txt", "--published", "2020-06-09"]))
    3
    """
    publication_date: dt.date | None = None
    if arguments.published is not None:
        try:
            publication_date = to_publication_date(arguments.published)
        except InvalidPublicationDateError as error:
            print(f"timeline: {error}", file=sys.stderr)
            return EXIT_BAD_ARGUMENTS
    files = [InputFile.named(path, jsonl=arguments.jsonl) for path in arguments.files]
    texts = [file.path for file in files if not file.jsonl]
    if texts and publication_date is None:
        arguments.usage.error(
            f"the text file {texts[0]} needs --published DATE (a JSON Lines line may give its own)"
        )
    output = OutputFormat(arguments.format)
    folder = output_folder(arguments.output)
    # One text file gives one plain document; anything else is a stream of documents.
    one = len(files) == 1 and not files[0].jsonl and not arguments.resume
    refused = _refused(arguments, output, folder, one=one)
    if refused:
        return refused
    done: set[RecordId] = set()
    if arguments.resume:
        resumed = _resume(Path(arguments.output))
        if isinstance(resumed, int):
            return resumed
        done = resumed
    shown = arguments.progress or (not arguments.quiet and not one and sys.stderr.isatty())
    bar = tqdm(
        total=count_documents(files) if shown else None,
        unit="doc",
        file=sys.stderr,
        leave=False,
        disable=not shown,
    )
    tally = Tally()
    documents = _skipping(read_documents(files, publication_date), done, bar, tally)
    extracted = _reported(
        _outcomes(documents, processes=arguments.processes, batch_size=arguments.batch_size), bar, tally
    )
    with bar:
        if folder is not None:
            write_folder(extracted, folder, output, tally, background=arguments.background)
        elif one:
            write_one(extracted, arguments.output, output, tally, background=arguments.background)
        else:
            write_stream(
                extracted,
                arguments.output,
                output,
                tally,
                append=arguments.resume,
                background=arguments.background,
            )
    if tally.skipped:
        print(f"timeline: skipped {tally.skipped} document(s) already in {arguments.output}", file=sys.stderr)
    return tally.code


def _refused(
    arguments: argparse.Namespace,
    output: OutputFormat,
    folder: Path | None,
    *,
    one: bool,
) -> int:
    """The exit code for options that do not go together (after saying why), else 0."""
    if arguments.resume and (arguments.output is None or folder is not None):
        arguments.usage.error("--resume needs -o FILE: the JSON Lines file to add to")
    if arguments.resume and output is not OutputFormat.JSON:
        arguments.usage.error("--resume needs --format json: it adds to a JSON Lines file of timelines")
    if not one and folder is None and not output.streams:
        print(
            f"timeline: several inputs in {output.value} need an output folder: -o FOLDER/", file=sys.stderr
        )
        return EXIT_BAD_ARGUMENTS
    if arguments.files.count("-") > 1:
        print("timeline: standard input (-) can be read once only", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS
    return 0


def _resume(target: Path) -> set[RecordId] | int:
    """The ids already in ``target`` (after its unfinished last line is cut off), or the exit code."""
    if not target.exists():
        return set()
    try:
        dropped = drop_partial_line(target)
        done = done_ids(target)
    except (OSError, InvalidTimelineDataError) as error:
        print(f"timeline: cannot resume {target}: {reason(error)}", file=sys.stderr)
        return EXIT_UNREADABLE_INPUT
    if dropped:
        print(
            f"timeline: dropped the unfinished last line of {target} ({len(dropped)} characters,"
            " from an interrupted run)",
            file=sys.stderr,
        )
    return done


def _skipping(
    documents: Iterable[InputDocument], done: set[RecordId], bar: tqdm[Any], tally: Tally
) -> Iterator[InputDocument]:
    """``documents`` without those whose id is in ``done``, counted in ``tally`` (and on the bar)."""
    for document in documents:
        if document.id in done:
            tally.skipped += 1
            bar.update()
        else:
            yield document


def _outcomes(
    documents: Iterable[InputDocument], *, processes: int, batch_size: int
) -> Iterator[tuple[InputDocument, Timeline | None]]:
    """Each document with its timeline (``None`` when it has a problem), in input order, extracted in batches.

    Only the documents that are ready go to :func:`~timeline.extract_many`; the
    others wait in line (without their text) and are given back in their place.
    """
    remaining = iter(documents)
    for document in remaining:  # documents with a problem before the first one to extract: no pipeline yet
        if document.ready:
            break
        yield document, None
    else:
        return
    waiting: collections.deque[tuple[int, InputDocument]] = collections.deque()

    def items() -> Iterator[tuple[str, dt.date | None, int]]:
        for position, each in enumerate(itertools.chain([document], remaining)):
            waiting.append((position, attrs.evolve(each, text="")))
            if each.ready:
                yield each.text, each.publication_date, position

    results = extract_many(items(), n_process=processes, batch_size=batch_size, errors="collect")
    for result in results:
        while waiting[0][0] != result.id:
            yield waiting.popleft()[1], None
        done = waiting.popleft()[1]
        if result.error is not None:
            message = f"cannot extract {done.where}: {result.error.describe()}"
            yield attrs.evolve(done, problem=Problem.EXTRACTION_FAILED, message=message), None
        else:
            yield done, result.timeline
    while waiting:
        yield waiting.popleft()[1], None


def _reported(
    outcomes: Iterable[tuple[InputDocument, Timeline | None]], bar: tqdm[Any], tally: Tally
) -> Iterator[tuple[InputDocument, Timeline]]:
    """The documents that gave a timeline; the others reported on standard error, their code in ``tally``."""
    for document, timeline in outcomes:
        bar.update()
        if timeline is None:
            tqdm.write(f"timeline: {document.message}", file=sys.stderr)
            tally.fail(_PROBLEM_EXIT_CODES[document.problem or Problem.EXTRACTION_FAILED])
        else:
            yield document, timeline
