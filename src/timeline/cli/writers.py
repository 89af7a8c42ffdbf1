"""Where ``timeline extract`` writes its timelines: a file each in a folder, one plain document, or a stream.

Each writer takes the ``(document, timeline)`` pairs as they come out of the
pipeline and writes each at once, so an interrupted run keeps what was done. A
write that fails is said on standard error and its exit code goes to the run's
:class:`~timeline.cli.failures.Tally`.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from timeline.cli.failures import EXIT_UNREADABLE_INPUT, Tally, reason
from timeline.cli.inputs import InputDocument
from timeline.export.formats import OutputFormat, format_part, format_timeline
from timeline.model import Timeline

__all__ = ["output_folder", "write_folder", "write_one", "write_stream"]


def output_folder(output: str | None) -> Path | None:
    """The folder that ``-o OUT`` names (an existing folder, or a path ending in ``/``), else ``None``.

    >>> print(output_folder("pictures/"), output_folder("timelines.jsonl"), output_folder(None))
    pictures None None
    """
    if output is None:
        return None
    if output.endswith(("/", "\\")) or Path(output).is_dir():
        return Path(output)
    return None


def write_folder(
    extracted: Iterable[tuple[InputDocument, Timeline]],
    folder: Path,
    output: OutputFormat,
    tally: Tally,
    *,
    background: bool,
) -> None:
    """Each timeline in a file of its own in ``folder``, named after its document.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> document = InputDocument(id="a.txt", where="a.txt", name="a")
    >>> empty = Timeline(text="", publication_date=None)
    >>> tally = Tally()
    >>> write_folder([(document, empty)], folder, OutputFormat.TABLE, tally, background=False)
    >>> [path.name for path in folder.iterdir()], tally.code
    (['a.txt'], 0)
    """
    for document, timeline in extracted:
        text = format_timeline(timeline, output, background=background, name=document.name)
        tally.fail(_write(folder / (document.name + output.suffix), text))


def write_one(
    extracted: Iterable[tuple[InputDocument, Timeline]],
    target: str | None,
    output: OutputFormat,
    tally: Tally,
    *,
    background: bool,
) -> None:
    """The timeline of one document as the plain document of its format, in ``target`` or on standard output.

    >>> document = InputDocument(id="a.txt", where="a.txt", name="a")
    >>> empty = Timeline(text="", publication_date=None)
    >>> write_one([(document, empty)], None, OutputFormat.TABLE, Tally(), background=False)
    WHEN               EVENT                                                        SENTENCE
    (no events)
    """
    for document, timeline in extracted:
        text = format_timeline(timeline, output, background=background, name=document.name)
        if target is None:
            sys.stdout.write(text)
        else:
            tally.fail(_write(Path(target), text))


def write_stream(
    extracted: Iterable[tuple[InputDocument, Timeline]],
    target: str | None,
    output: OutputFormat,
    tally: Tally,
    *,
    append: bool,
    background: bool,
) -> None:
    """Each timeline written (and flushed) as it comes, into one stream: standard output or ``target``.

    >>> empty = Timeline(text="", publication_date=None)
    >>> extracted = [(InputDocument(id=name, where=name, name=name), empty) for name in ("a", "b")]
    >>> write_stream(extracted, None, OutputFormat.JSON, Tally(), append=False, background=False)
    {"id": "a", "timeline": {"text": "", "publication_date": null, ...}}
    {"id": "b", "timeline": {"text": "", "publication_date": null, ...}}
    """
    with contextlib.ExitStack() as stack:
        stream: TextIO = sys.stdout
        if target is not None:
            try:
                Path(target).parent.mkdir(parents=True, exist_ok=True)
                stream = stack.enter_context(open(target, "a" if append else "w", encoding="utf-8"))
            except OSError as error:
                print(f"timeline: cannot write {target}: {reason(error)}", file=sys.stderr)
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
                    f"timeline: cannot write {target or 'standard output'}: {reason(error)}", file=sys.stderr
                )
                tally.fail(EXIT_UNREADABLE_INPUT)
                return


def _write(target: Path, text: str) -> int:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"timeline: cannot write {target}: {reason(error)}", file=sys.stderr)
        return EXIT_UNREADABLE_INPUT
    return 0
