"""Timelines with ids as JSON Lines records: ``{"id": ..., "timeline": {...}}``, one a line.

This is how several timelines share one stream (``timeline extract --format
json`` with several documents): each line is one record, the document's id
(a string or an integer) and its timeline as :func:`timeline.export.json.to_dict`
writes it. A run that is stopped can be resumed: :func:`done_ids` reads which
documents a file already holds, and :func:`drop_partial_line` cuts off the
last line that an interrupted write left unfinished. Ids are compared as their
JSON values: the id ``3`` and the id ``"3"`` are two different documents.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import BinaryIO, TypeAlias

from timeline.errors import InvalidTimelineDataError
from timeline.export.json import from_dict, to_dict
from timeline.model import Timeline

__all__ = ["RecordId", "done_ids", "drop_partial_line", "read_records", "to_record_line"]

#: A document's id in a record: a string or an integer (never a bool, a float or ``null``).
RecordId: TypeAlias = str | int

_KEYS = ("id", "timeline")
# Read the end of a file in blocks of this many bytes to find where its last line starts.
_BLOCK = 1 << 16


def to_record_line(document_id: RecordId, timeline: Timeline) -> str:
    """The record of ``timeline`` with its id, as one line of JSON Lines (newline included).

    >>> print(to_record_line("a.txt", Timeline(text="", publication_date=None)), end="")  # doctest: +ELLIPSIS
    {"id": "a.txt", "timeline": {"text": "", "publication_date": null, "sentences": [], ...}}
    >>> to_record_line(1.5, Timeline(text="", publication_date=None))
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidTimelineDataError: a record's id must be a string or an integer; got 1.5
    """
    _check_id(document_id, "a record's id")
    record = {"id": document_id, "timeline": to_dict(timeline)}
    return json.dumps(record, ensure_ascii=False) + "\n"


def read_records(path: str | os.PathLike[str]) -> Iterator[tuple[RecordId, Timeline]]:
    """The ``(id, timeline)`` of each record of the JSON Lines file ``path``, in file order.

    Blank lines are skipped; a line that is not a record raises
    :class:`~timeline.errors.InvalidTimelineDataError` naming it.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "timelines.jsonl"
    >>> empty = Timeline(text="", publication_date=None)
    >>> _ = path.write_text(to_record_line("a", empty) + to_record_line(2, empty), encoding="utf-8")
    >>> [(document_id, timeline == empty) for document_id, timeline in read_records(path)]
    [('a', True), (2, True)]
    """
    with open(path, "rb") as file:
        for number, line in enumerate(file, start=1):
            if line.strip():
                where = f"{os.fspath(path)} line {number}"
                document_id, data = _record(line, where)
                try:
                    yield document_id, from_dict(data)
                except InvalidTimelineDataError as error:
                    msg = f"{where}: {error}"
                    raise InvalidTimelineDataError(msg) from None


def done_ids(path: str | os.PathLike[str]) -> set[RecordId]:
    """The ids of the records in the JSON Lines file ``path``: the documents it already holds.

    A last line without its newline that is not a whole record (a write that
    was interrupted) is not counted; any other line that is not a record
    raises :class:`~timeline.errors.InvalidTimelineDataError` naming it. The
    timelines themselves are not checked.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "timelines.jsonl"
    >>> empty = Timeline(text="", publication_date=None)
    >>> line = to_record_line(3, empty)
    >>> _ = path.write_text(line + to_record_line("3", empty) + line[:20], encoding="utf-8")
    >>> sorted(done_ids(path), key=repr)
    ['3', 3]
    """
    found: set[RecordId] = set()
    with open(path, "rb") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            if not line.endswith(b"\n") and not _is_record(line):
                break
            found.add(_record(line, f"{os.fspath(path)} line {number}")[0])
    return found


def drop_partial_line(path: str | os.PathLike[str]) -> str:
    """Make the file ``path`` end where a line ends; the text cut off (empty when nothing was).

    A last line without its newline is what an interrupted write leaves: it
    is cut off, unless it is a whole record, which only gets its newline. The
    rest of the file is not read, so this is quick on a file of any size.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "timelines.jsonl"
    >>> line = to_record_line("a", Timeline(text="", publication_date=None))
    >>> _ = path.write_text(line + line[:12], encoding="utf-8")
    >>> drop_partial_line(path)
    '{"id": "a", '
    >>> path.read_text(encoding="utf-8") == line
    True
    >>> drop_partial_line(path)
    ''
    """
    with open(path, "r+b") as file:
        size = file.seek(0, os.SEEK_END)
        start = _last_line_start(file, size)
        if start == size:
            return ""
        file.seek(start)
        tail = file.read()
        if _is_record(tail):
            file.write(b"\n")
            return ""
        file.truncate(start)
    return tail.decode("utf-8", errors="replace")


def _last_line_start(file: BinaryIO, size: int) -> int:
    """Where the last line of the binary ``file`` (of ``size`` bytes) starts: after its last newline."""
    end = size
    while end > 0:
        start = max(0, end - _BLOCK)
        file.seek(start)
        newline = file.read(end - start).rfind(b"\n")
        if newline >= 0:
            return start + newline + 1
        end = start
    return 0


def _check_id(value: object, what: str) -> RecordId:
    if isinstance(value, bool) or not isinstance(value, str | int):
        msg = f"{what} must be a string or an integer; got {value!r}"
        raise InvalidTimelineDataError(msg)
    return value


def _record(line: bytes, where: str) -> tuple[RecordId, object]:
    """The id and the timeline data of one record line."""
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        msg = f"{where}: not JSON: {error}"
        raise InvalidTimelineDataError(msg) from None
    if not isinstance(data, dict) or sorted(data) != sorted(_KEYS):
        shape = f"keys {', '.join(map(repr, sorted(data)))}" if isinstance(data, dict) else repr(data)[:40]
        msg = f'{where}: a record is an object with the keys "id" and "timeline"; got {shape}'
        raise InvalidTimelineDataError(msg)
    return _check_id(data["id"], f"{where}: the id"), data["timeline"]


def _is_record(line: bytes) -> bool:
    try:
        _record(line, "")
    except InvalidTimelineDataError:
        return False
    return True
