"""The ``timeline`` command.

``timeline extract FILE... [--published DATE] [--format table|json|csv|timeml|html] [-o OUT] [--all]``
prints the timeline of each document: a text file (``-`` is standard input)
is one, published on ``DATE``; a JSON Lines file (a name ending in
``.jsonl``, or any file, ``-`` too, with ``--jsonl``) holds one a line,
``{"id": ..., "text": ..., "published": ...}``, where ``id`` defaults to
``FILE:LINE`` and ``published`` to ``DATE`` (read by
:mod:`timeline.input_files`). The table and the HTML picture show the
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

import argparse
import collections
import contextlib
import datetime as dt
import itertools
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO, TypeVar

import attrs
from tqdm import tqdm

from timeline.batch import DEFAULT_BATCH_SIZE, extract_many
from timeline.errors import InvalidPublicationDateError, InvalidSettingError, InvalidTimelineDataError
from timeline.evaluation import TextMismatchError, evaluate, format_scores, scores_as_dict
from timeline.export.formats import OutputFormat, format_part, format_timeline
from timeline.export.jsonl import RecordId, done_ids, drop_partial_line
from timeline.extract import extract
from timeline.input_files import InputDocument, InputFile, Problem, count_documents, read_documents
from timeline.model import Timeline
from timeline.publication import to_publication_date
from timeline.timeml.reader import TimeMLError, parse_document, read_markup
from timeline.timeml.writer import annotate
from timeline.times.api import find_times

__all__ = [
    "EXIT_BAD_ARGUMENTS",
    "EXIT_EMPTY_INPUT",
    "EXIT_EXTRACTION_FAILED",
    "EXIT_TEXT_MISMATCH",
    "EXIT_UNREADABLE_INPUT",
    "main",
]

EXIT_BAD_ARGUMENTS = 2
EXIT_UNREADABLE_INPUT = 3
EXIT_EMPTY_INPUT = 4
EXIT_TEXT_MISMATCH = 5
EXIT_EXTRACTION_FAILED = 6

_EXIT_CODES = {
    Problem.UNREADABLE: EXIT_UNREADABLE_INPUT,
    Problem.NO_TEXT: EXIT_EMPTY_INPUT,
    Problem.EXTRACTION_FAILED: EXIT_EXTRACTION_FAILED,
}

_Item = TypeVar("_Item")

_EXAMPLES = """\
examples:
  timeline extract examples/north-korea-2020-06-09.txt --published 2020-06-09
  timeline extract examples/north-korea-2020-06-09.txt --published 2020-06-09 --format html -o nk.html
  cat article.txt | timeline extract - --published 2020-06-09T08:30:00+09:00 --format json
  timeline extract news/*.txt --published 2020-06-09 --format json -o timelines.jsonl
  timeline extract news/*.txt --published 2020-06-09 --format html -o pictures/
  timeline extract articles.jsonl --format json -o timelines.jsonl -j -1 --resume
  zcat dump.jsonl.gz | timeline extract - --jsonl --published 2020-06-09 --format csv -o events.csv
  timeline extract article.txt --published 2020-06-09 --format csv -o article.csv
  timeline annotate ../shared/data/tbaq-cleaned -o out --times-only
  timeline evaluate ../shared/data/tbaq-cleaned out

JSON Lines input: one {"id": ..., "text": ..., "published": ...} a line; "id"
defaults to FILE:LINE, "published" to --published.

exit codes: 0 success; 2 bad arguments; 3 an input cannot be read (or an output
written); 4 an input has no text (evaluate: no gold file); 5 evaluate: a system
file's text differs from its gold file's; 6 extract: the pipeline failed on a
document. With several documents, the code of the first one that failed.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Event timelines from news text.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    extract_command = commands.add_parser(
        "extract",
        help="print the timeline of a text",
        description="Print the events of each text, earliest first, with their dates.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract_command.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files, or JSON Lines files (*.jsonl) of documents; - for standard input",
    )
    extract_command.add_argument(
        "--published",
        metavar="DATE",
        help="publication date of the texts, ISO-8601 (2020-06-09 or 2020-06-09T08:30:00+09:00);"
        " needed for text files; JSON Lines: for the lines without their own",
    )
    extract_command.add_argument(
        "--jsonl",
        action="store_true",
        help='read every FILE (- too) as JSON Lines: {"id": ..., "text": ..., "published": ...} a line',
    )
    extract_command.add_argument(
        "--format",
        choices=[member.value for member in OutputFormat],
        default=OutputFormat.TABLE.value,
        help="output format (default: table); several inputs: JSON Lines, CSV with a source column",
    )
    extract_command.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to the file OUT; to a folder (existing, or ending in /) one file per input",
    )
    extract_command.add_argument(
        "--all",
        action="store_true",
        dest="background",
        help="table, html: also show background events (reporting verbs whose report is an entry of its own)",
    )
    extract_command.add_argument(
        "-j",
        "--processes",
        type=_processes,
        default=1,
        metavar="N",
        help="extract in N worker processes (-1: one per CPU; default: 1)",
    )
    extract_command.add_argument(
        "--batch-size",
        type=_positive,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help=f"documents parsed together, and sent to a worker at a time (default: {DEFAULT_BATCH_SIZE})",
    )
    extract_command.add_argument(
        "--resume",
        action="store_true",
        help="with -o FILE and --format json: skip the documents whose ids FILE holds, add the others",
    )
    extract_command.set_defaults(usage=extract_command)  # for errors in options that do not go together
    shown = extract_command.add_mutually_exclusive_group()
    shown.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    shown.add_argument(
        "--progress", action="store_true", help="a progress bar on standard error even if it is no terminal"
    )
    annotate_command = commands.add_parser(
        "annotate",
        help="write TimeML with the time expressions (and events) found in TimeML documents",
        description="Replace the annotation of TimeML documents by what timeline finds in their text.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    annotate_command.add_argument("input", help="a TimeML (.tml) file, or a folder of them")
    annotate_command.add_argument(
        "-o", "--output", required=True, help="the file to write, or the folder when INPUT is a folder"
    )
    kinds = annotate_command.add_mutually_exclusive_group()
    kinds.add_argument(
        "--times-only", action="store_true", help="only time expressions (fast: no parser, no events)"
    )
    kinds.add_argument(
        "--gold-events",
        action="store_true",
        help="keep the documents' own EVENT tags as the events and link them (TempEval-3's relation task)",
    )
    annotate_command.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    evaluate_command = commands.add_parser(
        "evaluate",
        help="score system TimeML files against gold ones (TempEval-3 entities)",
        description="Score TIMEX3 and EVENT extraction of SYSTEM against GOLD, as TempEval-3 does.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    evaluate_command.add_argument("gold", help="a folder of gold TimeML files (or one file)")
    evaluate_command.add_argument("system", help="the folder of system files at the same relative paths")
    evaluate_command.add_argument("--json", action="store_true", help="print the scores as JSON")
    return parser


def _processes(value: str) -> int:
    number = _integer(value)
    if number == 0 or number < -1:
        msg = f"not a number of processes: {value!r} (a positive number, or -1 for one per CPU)"
        raise argparse.ArgumentTypeError(msg)
    return number


def _positive(value: str) -> int:
    number = _integer(value)
    if number < 1:
        msg = f"not a positive number: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        msg = f"not a whole number: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


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
    arguments = _parser().parse_args(argv)
    if arguments.command == "annotate":
        return _annotate(
            Path(arguments.input),
            Path(arguments.output),
            times_only=arguments.times_only,
            gold_events=arguments.gold_events,
            quiet=arguments.quiet,
        )
    if arguments.command == "evaluate":
        return _evaluate(Path(arguments.gold), Path(arguments.system), as_json=arguments.json)
    return _extract(arguments)


def _extract(arguments: argparse.Namespace) -> int:
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
    folder = _output_folder(arguments.output)
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
    tally = _Tally()
    documents = _skipping(read_documents(files, publication_date), done, bar, tally)
    extracted = _reported(
        _outcomes(documents, processes=arguments.processes, batch_size=arguments.batch_size), bar, tally
    )
    with bar:
        if folder is not None:
            _write_folder(extracted, folder, output, tally, background=arguments.background)
        elif one:
            _write_one(extracted, arguments.output, output, tally, background=arguments.background)
        else:
            _write_stream(
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


@attrs.define
class _Tally:
    """What a run of ``extract`` has met: the exit code of its first failure, and the documents skipped."""

    code: int = 0
    skipped: int = 0

    def fail(self, code: int) -> None:
        self.code = self.code or code


def _resume(target: Path) -> set[RecordId] | int:
    """The ids already in ``target`` (after its unfinished last line is cut off), or the exit code."""
    if not target.exists():
        return set()
    try:
        dropped = drop_partial_line(target)
        done = done_ids(target)
    except (OSError, InvalidTimelineDataError) as error:
        print(f"timeline: cannot resume {target}: {_reason(error)}", file=sys.stderr)
        return EXIT_UNREADABLE_INPUT
    if dropped:
        print(
            f"timeline: dropped the unfinished last line of {target} ({len(dropped)} characters,"
            " from an interrupted run)",
            file=sys.stderr,
        )
    return done


def _skipping(
    documents: Iterable[InputDocument], done: set[RecordId], bar: tqdm[Any], tally: _Tally
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
    outcomes: Iterable[tuple[InputDocument, Timeline | None]], bar: tqdm[Any], tally: _Tally
) -> Iterator[tuple[InputDocument, Timeline]]:
    """The documents that gave a timeline; the others reported on standard error, their code in ``tally``."""
    for document, timeline in outcomes:
        bar.update()
        if timeline is None:
            tqdm.write(f"timeline: {document.message}", file=sys.stderr)
            tally.fail(_EXIT_CODES[document.problem or Problem.EXTRACTION_FAILED])
        else:
            yield document, timeline


def _write_folder(
    extracted: Iterable[tuple[InputDocument, Timeline]],
    folder: Path,
    output: OutputFormat,
    tally: _Tally,
    *,
    background: bool,
) -> None:
    for document, timeline in extracted:
        text = format_timeline(timeline, output, background=background, name=document.name)
        tally.fail(_write(folder / (document.name + output.suffix), text))


def _write_one(
    extracted: Iterable[tuple[InputDocument, Timeline]],
    target: str | None,
    output: OutputFormat,
    tally: _Tally,
    *,
    background: bool,
) -> None:
    for document, timeline in extracted:
        text = format_timeline(timeline, output, background=background, name=document.name)
        if target is None:
            sys.stdout.write(text)
        else:
            tally.fail(_write(Path(target), text))


def _write_stream(
    extracted: Iterable[tuple[InputDocument, Timeline]],
    target: str | None,
    output: OutputFormat,
    tally: _Tally,
    *,
    append: bool,
    background: bool,
) -> None:
    """Each timeline written (and flushed) as it comes, into one stream: standard output or ``target``."""
    with contextlib.ExitStack() as stack:
        stream: TextIO = sys.stdout
        if target is not None:
            try:
                Path(target).parent.mkdir(parents=True, exist_ok=True)
                stream = stack.enter_context(open(target, "a" if append else "w", encoding="utf-8"))
            except OSError as error:
                print(f"timeline: cannot write {target}: {_reason(error)}", file=sys.stderr)
                tally.fail(EXIT_UNREADABLE_INPUT)
                return
        first = True
        for document, timeline in extracted:
            part = format_part(document.id, timeline, output, first=first, background=background)
            first = False
            try:
                stream.write(part)
                stream.flush()
            except OSError as error:
                print(
                    f"timeline: cannot write {target or 'standard output'}: {_reason(error)}", file=sys.stderr
                )
                tally.fail(EXIT_UNREADABLE_INPUT)
                return


def _output_folder(output: str | None) -> Path | None:
    if output is None:
        return None
    if output.endswith(("/", "\\")) or Path(output).is_dir():
        return Path(output)
    return None


def _write(target: Path, text: str) -> int:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"timeline: cannot write {target}: {_reason(error)}", file=sys.stderr)
        return EXIT_UNREADABLE_INPUT
    return 0


def _progress(items: Sequence[_Item], *, quiet: bool, unit: str) -> Iterable[_Item]:
    """``items``, with a progress bar on standard error when there are several and it is a terminal."""
    if quiet or len(items) < 2 or not sys.stderr.isatty():
        return items
    return tqdm(items, unit=unit, file=sys.stderr, leave=False)


def _annotate(
    source: Path, target: Path, *, times_only: bool, gold_events: bool = False, quiet: bool = False
) -> int:
    if source.is_dir():
        jobs = [(path, target / path.relative_to(source)) for path in sorted(source.rglob("*.tml"))]
        if not jobs:
            print(f"timeline: no .tml files under {source}", file=sys.stderr)
            return EXIT_EMPTY_INPUT
    else:
        jobs = [(source, target / source.name if target.is_dir() else target)]
    failed = 0
    for path, destination in _progress(jobs, quiet=quiet, unit="document"):
        try:
            markup = read_markup(path)
            document = parse_document(markup, source=str(path))
        except (OSError, UnicodeDecodeError, TimeMLError) as error:
            print(f"timeline: cannot read {path}: {_reason(error)}", file=sys.stderr)
            failed += 1
            continue
        if times_only:
            written = annotate(markup, find_times(document.text, document.publication_date), source=str(path))
        else:
            events = [(event.start, event.end) for event in document.events] if gold_events else None
            try:
                found = extract(document.text, document.publication_date, events=events)
            except InvalidSettingError as error:
                print(f"timeline: cannot use the events of {path}: {error}", file=sys.stderr)
                failed += 1
                continue
            written = annotate(
                markup, found.expressions, found.events, source=str(path), relations=found.relations
            )
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(written, encoding="utf-8")
    print(f"annotated {len(jobs) - failed} of {len(jobs)} document(s) into {target}")
    return EXIT_UNREADABLE_INPUT if failed else 0


def _evaluate(gold: Path, system: Path, *, as_json: bool) -> int:
    for folder in (gold, system):
        if not folder.exists():
            print(f"timeline: cannot read {folder}: no such file or folder", file=sys.stderr)
            return EXIT_UNREADABLE_INPUT
    try:
        scores = evaluate(gold, system)
    except TextMismatchError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return EXIT_TEXT_MISMATCH
    except (OSError, UnicodeDecodeError, TimeMLError) as error:
        print(f"timeline: cannot read the TimeML files: {_reason(error)}", file=sys.stderr)
        return EXIT_UNREADABLE_INPUT
    if scores.documents == 0:
        print(f"timeline: no .tml files to score under {gold}", file=sys.stderr)
        return EXIT_EMPTY_INPUT
    sys.stdout.write(
        (json.dumps(scores_as_dict(scores), indent=2) if as_json else format_scores(scores)) + "\n"
    )
    return 0


def _reason(error: Exception) -> str:
    return error.strerror if isinstance(error, OSError) and error.strerror else str(error)


def run() -> None:
    """Console-script entry point: exits with :func:`main`'s code."""
    sys.exit(main())
