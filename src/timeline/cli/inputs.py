"""The documents in the command line's input files: a text file is one document, a JSON Lines file one a line.

A JSON Lines file (a name ending in ``.jsonl``, or any file read with
``jsonl=True``; ``-`` is standard input) holds one object a line,
``{"id": "a7", "text": "...", "published": "2020-06-09"}``: ``id`` (a string
or an integer) defaults to ``"FILE:LINE"`` (``"stdin:LINE"`` for standard
input), ``published`` to the default publication date; other keys are
ignored, and so are blank lines. Files are read as they are reached, a line at
a time, so an input of any size streams. What cannot become a document (a
missing file, a line that is not JSON, a text that is not a string, no
publication date) is an :class:`InputDocument` with a ``problem`` and a
message naming the file and line, so the documents around it still go on.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import attrs

from timeline.cli.failures import reason
from timeline.errors import InvalidTextError
from timeline.export.jsonl import RecordId
from timeline.publication import to_publication_date
from timeline.text_input import checked_text

__all__ = ["InputDocument", "InputFile", "Problem", "count_documents", "read_documents"]


class Problem(enum.StrEnum):
    """Why an input gives no document to extract.

    >>> Problem("no text") is Problem.NO_TEXT
    True
    """

    #: The file cannot be read (missing, not UTF-8), or a JSON Lines line is not a document.
    UNREADABLE = "unreadable"
    #: The text is empty or white space only.
    NO_TEXT = "no text"
    #: The pipeline failed on the document (never set here: :func:`timeline.extract_many` tells).
    EXTRACTION_FAILED = "extraction failed"


@attrs.frozen
class InputFile:
    """One input file as given on the command line (``-``: standard input), and whether it is JSON Lines.

    >>> InputFile.named("news.jsonl"), InputFile.named("-", jsonl=True).jsonl
    (InputFile(path='news.jsonl', jsonl=True), True)
    """

    path: str
    jsonl: bool = False

    @classmethod
    def named(cls, path: str, *, jsonl: bool = False) -> InputFile:
        """The input ``path``: JSON Lines if ``jsonl`` or if its name ends in ``.jsonl``."""
        return cls(path, jsonl=jsonl or path.endswith(".jsonl"))


@attrs.frozen
class InputDocument:
    """One document of the input: its id, where it is, and its text and date, or why there is none.

    >>> document = InputDocument(id="a.txt", where="a.txt", name="a", text="Hi.")
    >>> document.ready
    True
    """

    #: The document's id: the path of a text file as given; a JSON Lines line's ``id`` or ``"FILE:LINE"``.
    id: RecordId
    #: Where it is, for messages: ``a.txt``, ``news.jsonl line 3`` or ``news.jsonl line 3 (id "a7")``.
    where: str
    #: A file name (without suffix) for its output in a folder: the text file's stem, or from the id.
    name: str
    text: str = ""
    publication_date: dt.date | None = None
    #: Why the input gives no document, or ``None``.
    problem: Problem | None = None
    #: What is wrong, naming the file (and line), when there is a problem.
    message: str = ""

    @property
    def ready(self) -> bool:
        """Whether the document can be extracted."""
        return self.problem is None


def read_documents(files: Iterable[InputFile], publication_date: dt.date | None) -> Iterator[InputDocument]:
    r"""The documents of ``files`` in order, each read when it is reached; ``publication_date`` is the default.

    A text file needs ``publication_date``; a JSON Lines line without its own
    ``published`` has the problem :attr:`Problem.UNREADABLE` when it is ``None``.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "news.jsonl"
    >>> _ = path.write_text('{"id": 7, "text": "On Monday."}\n[]\n', encoding="utf-8")
    >>> first, second = read_documents([InputFile.named(str(path))], dt.date(2020, 6, 9))
    >>> first.id, first.text, first.publication_date
    (7, 'On Monday.', datetime.date(2020, 6, 9))
    >>> second.id.endswith("news.jsonl:2"), second.problem
    (True, <Problem.UNREADABLE: 'unreadable'>)
    >>> print(second.message)
    cannot read ...news.jsonl line 2: expected an object {"id": ..., "text": ..., "published": ...}; got an array
    """  # noqa: E501 - the message is one long line
    for file in files:
        if file.jsonl:
            yield from _jsonl_documents(file.path, publication_date)
        else:
            yield _text_document(file.path, publication_date)


def count_documents(files: Sequence[InputFile]) -> int | None:
    """How many documents ``files`` hold (JSON Lines: one a non-blank line), or ``None`` if it is unknown.

    Standard input cannot be counted before it is read. A file that cannot be
    read counts as one (the document that reports it).

    >>> count_documents([InputFile.named("a.txt"), InputFile.named("b.txt")])
    2
    >>> print(count_documents([InputFile.named("-", jsonl=True)]))
    None
    """
    total = 0
    for file in files:
        if not file.jsonl:
            total += 1
            continue
        if file.path == "-":
            return None
        try:
            with open(file.path, "rb") as lines:
                total += sum(1 for line in lines if line.strip())
        except OSError:
            total += 1
    return total


def _text_document(path: str, publication_date: dt.date | None) -> InputDocument:
    name = "stdin" if path == "-" else Path(path).stem
    document = InputDocument(id=path, where=path, name=name)
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return _unreadable(document, reason(error))
    if not text.strip():
        return attrs.evolve(document, problem=Problem.NO_TEXT, message=f"{path} has no text")
    return attrs.evolve(document, text=text, publication_date=publication_date)


def _lines(path: str) -> Iterator[str | bytes]:
    if path == "-":
        yield from sys.stdin
        return
    with open(path, "rb") as file:
        yield from file


def _jsonl_documents(path: str, publication_date: dt.date | None) -> Iterator[InputDocument]:
    name = "stdin" if path == "-" else path
    number = 0
    try:
        for number, line in enumerate(_lines(path), start=1):
            if line.strip():
                yield _jsonl_document(line, name, number, publication_date)
    except (OSError, UnicodeDecodeError) as error:  # the file as a whole, or standard input mid-way
        where = f"{name} after line {number}" if number else name
        yield _unreadable(InputDocument(id=path, where=where, name=Path(name).stem), reason(error))


def _jsonl_document(
    line: str | bytes, name: str, number: int, publication_date: dt.date | None
) -> InputDocument:
    document = InputDocument(
        id=f"{name}:{number}", where=f"{name} line {number}", name=f"{Path(name).stem}-{number}"
    )
    try:
        data = json.loads(line.strip())  # without the newline, which errors would count as a line
    except ValueError as error:  # not JSON, or bytes that are not UTF-8
        return _unreadable(document, f"not JSON ({error})")
    if not isinstance(data, dict):
        shape = '{"id": ..., "text": ..., "published": ...}'
        return _unreadable(document, f"expected an object {shape}; got {_kind(data)}")
    if "id" in data:
        value = data["id"]
        if isinstance(value, bool) or not isinstance(value, str | int):
            return _unreadable(document, f'"id" must be a string or an integer; got {_kind(value)}')
        shown = json.dumps(value, ensure_ascii=False)
        document = attrs.evolve(
            document, id=value, where=f"{document.where} (id {shown})", name=_file_name(value)
        )
    text = data.get("text")
    if not isinstance(text, str):
        return _unreadable(
            document, 'no "text"' if text is None else f'"text" must be a string; got {_kind(text)}'
        )
    try:
        checked_text(text)
    except InvalidTextError as error:
        return _unreadable(document, str(error))
    date = publication_date
    if data.get("published") is not None:
        try:
            date = to_publication_date(data["published"])
        except (ValueError, TypeError) as error:
            return _unreadable(document, f'"published": {error}')
    if date is None:
        return _unreadable(document, 'no "published" date: give the line one, or give --published DATE')
    if not text.strip():
        return attrs.evolve(document, problem=Problem.NO_TEXT, message=f"{document.where} has no text")
    return attrs.evolve(document, text=text, publication_date=date)


def _unreadable(document: InputDocument, reason: str) -> InputDocument:
    return attrs.evolve(
        document, problem=Problem.UNREADABLE, message=f"cannot read {document.where}: {reason}"
    )


def _kind(value: object) -> str:
    """What a JSON value is, in JSON's words."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int | float):
        return repr(value)
    kinds: dict[type, str] = {dict: "an object", list: "an array", str: "a string"}
    return kinds.get(type(value), type(value).__name__)


def _file_name(document_id: RecordId) -> str:
    """A file name for the id: what is not a letter, a digit, ``.``, ``-`` or ``_`` becomes ``_``."""
    return re.sub(r"[^\w.-]", "_", str(document_id)).lstrip(".") or "_"
