"""The ``timeline`` command.

``timeline extract FILE|- --published DATE [--format table|json] [--all]``
prints the timeline of a text file (or of standard input for ``-``). The
table shows the default view, without background events (a "said" whose
report is an entry of its own; see :mod:`timeline.ordering.salience`);
``--all`` shows them too. JSON always holds every event, each entry with
its ``salient`` flag.

``timeline annotate IN -o OUT [--times-only]`` reads TimeML documents (a
``.tml`` file, or every ``.tml`` file under a folder), finds their time
expressions (and, without ``--times-only``, their events and the TLINKs
between them) from the text and the creation time alone, and writes them as
TimeML: the same text and header, the system's tags instead of the gold ones.
For a folder, ``OUT`` is a folder and relative paths are kept.

``timeline evaluate GOLD SYSTEM [--json]`` scores the TimeML files of the
folder ``SYSTEM`` against those of ``GOLD`` (paired by relative path) the way
TempEval-3 scores entities (and, when the system files hold TLINKs, their
temporal awareness), and prints a table (or JSON).

Exit codes: 0 success; 2 bad arguments (including an invalid publication
date); 3 the input cannot be read (missing, not UTF-8, not TimeML); 4 the
input has no text (``evaluate``: no gold ``.tml`` file); 5 ``evaluate``: a
system file's text differs from its gold file's.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.errors import InvalidPublicationDateError
from timeline.evaluation import TextMismatchError, evaluate, format_scores, scores_as_dict
from timeline.export.json import to_json
from timeline.export.table import format_table
from timeline.extract import extract
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

_EXAMPLES = """\
examples:
  timeline extract examples/north-korea-2020-06-09.txt --published 2020-06-09
  cat article.txt | timeline extract - --published 2020-06-09T08:30:00+09:00 --format json
  timeline annotate ../shared/data/tbaq-cleaned -o out --times-only
  timeline evaluate ../shared/data/tbaq-cleaned out
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
        description="Print the events of a text, earliest first, with their dates.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extract_command.add_argument("file", help="a UTF-8 text file, or - for standard input")
    extract_command.add_argument(
        "--published",
        required=True,
        metavar="DATE",
        help="publication date of the text, ISO-8601 (2020-06-09 or 2020-06-09T08:30:00+09:00)",
    )
    extract_command.add_argument(
        "--format", choices=("table", "json"), default="table", help="output format (default: table)"
    )
    extract_command.add_argument(
        "--all",
        action="store_true",
        dest="background",
        help="table: also show background events (reporting verbs whose report is an entry of its own)",
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
    annotate_command.add_argument(
        "--times-only", action="store_true", help="only time expressions (fast: no parser, no events)"
    )
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
        return _annotate(Path(arguments.input), Path(arguments.output), times_only=arguments.times_only)
    if arguments.command == "evaluate":
        return _evaluate(Path(arguments.gold), Path(arguments.system), as_json=arguments.json)
    return _extract(arguments)


def _extract(arguments: argparse.Namespace) -> int:
    try:
        publication_date = to_publication_date(arguments.published)
    except InvalidPublicationDateError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS
    try:
        text = _read(arguments.file)
    except (OSError, UnicodeDecodeError) as error:
        print(f"timeline: cannot read {arguments.file}: {_reason(error)}", file=sys.stderr)
        return EXIT_UNREADABLE_INPUT
    if not text.strip():
        print(f"timeline: {arguments.file} has no text", file=sys.stderr)
        return EXIT_EMPTY_INPUT
    result = extract(text, publication_date)
    output = (
        to_json(result)
        if arguments.format == "json"
        else format_table(result, background=arguments.background)
    )
    sys.stdout.write(output + "\n")
    return 0


def _annotate(source: Path, target: Path, *, times_only: bool) -> int:
    if source.is_dir():
        jobs = [(path, target / path.relative_to(source)) for path in sorted(source.rglob("*.tml"))]
        if not jobs:
            print(f"timeline: no .tml files under {source}", file=sys.stderr)
            return EXIT_EMPTY_INPUT
    else:
        jobs = [(source, target / source.name if target.is_dir() else target)]
    failed = 0
    for path, destination in jobs:
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
            found = extract(document.text, document.publication_date)
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
