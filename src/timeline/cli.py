"""The ``timeline`` command.

``timeline extract FILE|- --published DATE [--format table|json]`` prints the
timeline of a text file (or of standard input for ``-``).

Exit codes: 0 success; 2 bad arguments (including an invalid publication
date); 3 the input cannot be read; 4 the input has no text.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from timeline.errors import InvalidPublicationDateError
from timeline.export.json import to_json
from timeline.export.table import format_table
from timeline.extract import extract
from timeline.publication import to_publication_date

__all__ = ["EXIT_BAD_ARGUMENTS", "EXIT_EMPTY_INPUT", "EXIT_UNREADABLE_INPUT", "main"]

EXIT_BAD_ARGUMENTS = 2
EXIT_UNREADABLE_INPUT = 3
EXIT_EMPTY_INPUT = 4

_EXAMPLES = """\
examples:
  timeline extract examples/north-korea-2020-06-09.txt --published 2020-06-09
  cat article.txt | timeline extract - --published 2020-06-09T08:30:00+09:00 --format json
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
    """
    arguments = _parser().parse_args(argv)
    try:
        publication_date = to_publication_date(arguments.published)
    except InvalidPublicationDateError as error:
        print(f"timeline: {error}", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS
    try:
        text = _read(arguments.file)
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        print(f"timeline: cannot read {arguments.file}: {reason}", file=sys.stderr)
        return EXIT_UNREADABLE_INPUT
    if not text.strip():
        print(f"timeline: {arguments.file} has no text", file=sys.stderr)
        return EXIT_EMPTY_INPUT
    result = extract(text, publication_date)
    sys.stdout.write((to_json(result) if arguments.format == "json" else format_table(result)) + "\n")
    return 0


def run() -> None:
    """Console-script entry point: exits with :func:`main`'s code."""
    sys.exit(main())
