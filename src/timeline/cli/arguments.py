"""The ``timeline`` command line's arguments: the parser, its value checkers and the examples epilog.

:func:`parser` reads ``sys.argv``-style words into the options of one of the
three subcommands (``extract``, ``annotate``, ``evaluate``); a value that is
not a number of processes or a positive batch size is refused there, with
argparse's usage message and exit code 2.
"""

from __future__ import annotations

import argparse

from timeline.batch import DEFAULT_BATCH_SIZE
from timeline.export.formats import OutputFormat

__all__ = ["parser"]

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


def parser() -> argparse.ArgumentParser:
    """The parser of the ``timeline`` command line: its subcommands, their options and the examples epilog.

    >>> arguments = parser().parse_args(["extract", "a.txt", "--published", "2020-06-09", "-j", "-1"])
    >>> arguments.command, arguments.files, arguments.format, arguments.processes
    ('extract', ['a.txt'], 'table', -1)
    """
    command_line = argparse.ArgumentParser(
        prog="timeline",
        description="Event timelines from news text.",
        epilog=_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = command_line.add_subparsers(dest="command", required=True)
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
    return command_line


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
