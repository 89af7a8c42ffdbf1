"""The ``timeline`` command.

``timeline extract FILE... --published DATE [--format table|json|csv|timeml|html] [-o OUT] [--all]``
prints the timeline of each text file (``-`` is standard input), all
published on ``DATE``. The table and the HTML picture show the default view,
without background events (a "said" whose report is an entry of its own; see
:mod:`timeline.ordering.salience`); ``--all`` shows them too. JSON, CSV and
TimeML always hold every event (JSON and CSV with each entry's ``salient``
flag). ``-o OUT`` writes to the file ``OUT`` instead of standard output; if
``OUT`` is a folder (an existing one, or a path ending in ``/``), each input
gets a file of its own there, named after it (``article.txt`` ->
``article.json``; standard input -> ``stdin.json``). Several inputs written to
one stream (standard output or one file) are joined as
:func:`timeline.export.formats.format_many` joins them: JSON Lines (one
timeline per line, in input order), one CSV with a leading ``source``
column, or tables under ``==> FILE <==`` headers; TimeML and HTML need a
folder. With several inputs a progress bar runs on standard error when it
is a terminal (``--quiet`` turns it off). An input that cannot be read is
reported and skipped; the others are still written.

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
date, and several inputs in TimeML or HTML without an output folder); 3 an
input cannot be read (missing, not UTF-8, not TimeML) or an output cannot be
written; 4 an input has no text (``evaluate``: no gold ``.tml`` file); 5
``evaluate``: a system file's text differs from its gold file's. With several
inputs, the code is that of the first input that failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

from timeline.errors import InvalidPublicationDateError, InvalidSettingError
from timeline.evaluation import TextMismatchError, evaluate, format_scores, scores_as_dict
from timeline.export.formats import OutputFormat, format_many, format_timeline
from timeline.extract import extract
from timeline.model import Timeline
from timeline.publication import to_publication_date
from timeline.timeml.reader import TimeMLError, parse_document, read_markup
from timeline.timeml.writer import annotate
from timeline.times.api import find_times

__all__ = [
    "EXIT_BAD_ARGUMENTS",
    "EXIT_EMPTY_INPUT",
    "EXIT_TEXT_MISMATCH",
    "EXIT_UNREADABLE_INPUT",
    "main",
]

EXIT_BAD_ARGUMENTS = 2
EXIT_UNREADABLE_INPUT = 3
EXIT_EMPTY_INPUT = 4
EXIT_TEXT_MISMATCH = 5

_Item = TypeVar("_Item")

_EXAMPLES = """\
examples:
  timeline extract examples/north-korea-2020-06-09.txt --published 2020-06-09
  timeline extract examples/north-korea-2020-06-09.txt --published 2020-06-09 --format html -o nk.html
  cat article.txt | timeline extract - --published 2020-06-09T08:30:00+09:00 --format json
  timeline extract news/*.txt --published 2020-06-09 --format json -o timelines.jsonl
  timeline extract news/*.txt --published 2020-06-09 --format html -o pictures/
  timeline extract article.txt --published 2020-06-09 --format csv -o article.csv
  timeline annotate ../shared/data/tbaq-cleaned -o out --times-only
  timeline evaluate ../shared/data/tbaq-cleaned out

exit codes: 0 success; 2 bad arguments; 3 an input cannot be read (or an output
written); 4 an input has no text (evaluate: no gold file); 5 evaluate: a system
file's text differs from its gold file's
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
        "files", nargs="+", metavar="FILE", help="UTF-8 text files; - for standard input"
    )
    extract_command.add_argument(
        "--published",
        required=True,
        metavar="DATE",
        help="publication date of the texts, ISO-8601 (2020-06-09 or 2020-06-09T08:30:00+09:00)",
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
    extract_command.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
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


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    return Path(source).read_text(encoding="utf-8")


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
    try:
        publication_date = to_publication_date(arguments.published)
    except InvalidPublicationDateError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS
    output = OutputFormat(arguments.format)
    folder = _output_folder(arguments.output)
    if len(arguments.files) > 1 and folder is None and not output.streams:
        print(
            f"timeline: several inputs in {output.value} need an output folder: -o FOLDER/", file=sys.stderr
        )
        return EXIT_BAD_ARGUMENTS
    if arguments.files.count("-") > 1:
        print("timeline: standard input (-) can be read once only", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS
    failure = 0
    done: list[tuple[str, Timeline]] = []
    for source in _progress(arguments.files, quiet=arguments.quiet, unit="file"):
        code, result = _extract_one(source, publication_date)
        failure = failure or code
        if result is None:
            continue
        if folder is not None:
            name = "stdin" if source == "-" else Path(source).stem
            target = folder / (name + output.suffix)
            text = format_timeline(result, output, background=arguments.background, name=name)
            failure = failure or _write(target, text)
        else:
            done.append((source, result))
    if folder is None and done:
        if len(arguments.files) == 1:
            name = "stdin" if done[0][0] == "-" else Path(done[0][0]).stem
            text = format_timeline(done[0][1], output, background=arguments.background, name=name)
        else:
            text = format_many(done, output, background=arguments.background)
        if arguments.output is None:
            sys.stdout.write(text)
        else:
            failure = failure or _write(Path(arguments.output), text)
    return failure


def _extract_one(source: str, publication_date: object) -> tuple[int, Timeline | None]:
    try:
        text = _read(source)
    except (OSError, UnicodeDecodeError) as error:
        print(f"timeline: cannot read {source}: {_reason(error)}", file=sys.stderr)
        return EXIT_UNREADABLE_INPUT, None
    if not text.strip():
        print(f"timeline: {source} has no text", file=sys.stderr)
        return EXIT_EMPTY_INPUT, None
    return 0, extract(text, publication_date)


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
