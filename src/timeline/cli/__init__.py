"""The ``timeline`` command.

``timeline extract FILE... [--published DATE] [--format table|json|csv|timeml|html] [-o OUT] [--all]``
prints the timeline of each document: a text file (``-`` is standard input)
is one, published on ``DATE``; a JSON Lines file (a name ending in
``.jsonl``, or any file, ``-`` too, with ``--jsonl``) holds one a line,
``{"id": ..., "text": ..., "published": ...}``, where ``id`` defaults to
``FILE:LINE`` and ``published`` to ``DATE`` (read by
:mod:`timeline.cli.inputs`). The table and the HTML picture show the
default view, without background events (a "said" whose report is an entry
of its own; see :mod:`timeline.ordering.salience`); ``--all`` shows them
too. JSON, CSV and TimeML always hold every event (JSON and CSV with each
entry's ``salient`` flag). ``-o OUT`` writes to the file ``OUT`` instead of
standard output; if ``OUT`` is a folder (an existing one, or a path ending
in ``/``), each document gets a file of its own there, named after it
(``article.txt`` -> ``article.json``; standard input -> ``stdin.json``; a
JSON Lines document after its id). One text file gives the plain document
of its format; any other input is a stream of documents, joined as
:func:`timeline.export.formats.format_many` joins them, each written as soon
as it is done: JSON Lines records ``{"id": ..., "timeline": {...}}`` (the
id of a text file is its path as given), one CSV with a leading ``source``
column, or tables under ``==> ID <==`` headers; TimeML and HTML need a
folder. Every document goes through :func:`timeline.extract_many`, in
batches of ``--batch-size`` and in ``-j N`` worker processes (``-1``: one
per CPU); the input streams, read a document at a time. ``--resume`` (with
``-o FILE --format json``) skips the documents whose ids ``FILE`` already
holds and adds the others, after dropping an unfinished last line left by
an interrupted run; ids are compared as JSON values (``3`` is not ``"3"``).
A progress bar counts the documents on standard error when it is a terminal
(``--quiet`` turns it off, ``--progress`` shows it anywhere). A document
that cannot be read or extracted is reported with its id (its file and
line) and skipped; the others are still written.

``timeline annotate IN -o OUT [--times-only | --gold-events]`` reads TimeML
documents (a ``.tml`` file, or every ``.tml`` file under a folder), finds
their time expressions (and, without ``--times-only``, their events and the
TLINKs between them) from the text and the creation time alone, and writes
them as TimeML: the same text and header, the system's tags instead of the
gold ones. ``--gold-events`` keeps the documents' own ``EVENT`` tags as the
events instead of finding them (TempEval-3's relation task: the system
orders given events); times and TLINKs are still the system's.
For a folder, ``OUT`` is a folder and relative paths are kept (with a progress bar on a
terminal).

``timeline evaluate GOLD SYSTEM [--json]`` scores the TimeML files of the
folder ``SYSTEM`` against those of ``GOLD`` (paired by relative path) the way
TempEval-3 scores entities (and, when the system files hold TLINKs, their
temporal awareness), and prints a table (or JSON).

Exit codes: 0 success; 2 bad arguments (including an invalid publication
date, a text file without ``--published``, several inputs in TimeML or HTML
without an output folder, and ``--resume`` without ``-o FILE --format
json``); 3 an input cannot be read (missing, not UTF-8, not TimeML, a JSON
Lines line that is not a document) or an output cannot be written (or
resumed); 4 an input has no text (``evaluate``: no gold ``.tml`` file); 5
``evaluate``: a system file's text differs from its gold file's; 6
``extract``: the pipeline failed on a document. With several documents, the
code is that of the first one (in input order) that failed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.cli.annotate_command import run_annotate
from timeline.cli.arguments import parser
from timeline.cli.evaluate_command import run_evaluate
from timeline.cli.extract_command import run_extract
from timeline.cli.failures import (
    EXIT_BAD_ARGUMENTS,
    EXIT_EMPTY_INPUT,
    EXIT_EXTRACTION_FAILED,
    EXIT_TEXT_MISMATCH,
    EXIT_UNREADABLE_INPUT,
)

__all__ = [
    "EXIT_BAD_ARGUMENTS",
    "EXIT_EMPTY_INPUT",
    "EXIT_EXTRACTION_FAILED",
    "EXIT_TEXT_MISMATCH",
    "EXIT_UNREADABLE_INPUT",
    "main",
]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit code.

    Messages go to standard error; the exit code says what went wrong:

    >>> main(["extract", "no-such-file.txt", "--published", "2020-06-09"])
    3
    >>> main(["extract", "no-such-file.txt", "--published", "June 9"])
    2
    >>> main(["evaluate", "no-such-folder", "no-such-folder"])
    3
    """
    arguments = parser().parse_args(argv)
    if arguments.command == "annotate":
        return run_annotate(
            Path(arguments.input),
            Path(arguments.output),
            times_only=arguments.times_only,
            gold_events=arguments.gold_events,
            quiet=arguments.quiet,
        )
    if arguments.command == "evaluate":
        return run_evaluate(Path(arguments.gold), Path(arguments.system), as_json=arguments.json)
    return run_extract(arguments)


def run() -> None:
    """Console-script entry point: exits with :func:`main`'s code."""
    sys.exit(main())
