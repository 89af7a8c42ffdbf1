"""Reading the text and publication date of TimeML documents (TempEval-3 input).

Only what a system may see is read: the document id, the creation time (DCT)
and the text inside ``<TEXT>``, with every inline tag dropped and the
characters kept exactly. Gold annotations are ignored here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import attrs

from timeline.errors import TimelineError
from timeline.publication import to_publication_date

__all__ = ["TimeMLDocument", "TimeMLError", "read_corpus", "read_document"]


class TimeMLError(TimelineError, ValueError):
    """A file is not a TimeML document this reader understands.

    >>> issubclass(TimeMLError, ValueError)
    True
    """


@attrs.frozen
class TimeMLDocument:
    """The raw input of one TimeML document.

    >>> TimeMLDocument("doc1", "Text.", dt.date(1998, 2, 13)).publication_date.year
    1998
    """

    doc_id: str
    text: str
    publication_date: dt.date


def read_document(path: Path) -> TimeMLDocument:
    """The id, text and publication date of the TimeML file at ``path``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.tml").write_text(
    ...     '<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" '
    ...     'functionInDocument="CREATION_TIME">1998-02-13</TIMEX3></DCT>'
    ...     '<TEXT>It fell <TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3>.</TEXT>'
    ...     '</TimeML>'
    ... )
    >>> read_document(folder / "a.tml")
    TimeMLDocument(doc_id='a', text='It fell yesterday.', publication_date=datetime.date(1998, 2, 13))
    """
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        msg = f"{path} is not well-formed XML: {error}"
        raise TimeMLError(msg) from None
    text_element = root.find("TEXT")
    if text_element is None:
        msg = f"{path} has no <TEXT> element"
        raise TimeMLError(msg)
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    return TimeMLDocument(doc_id, "".join(text_element.itertext()), _creation_date(root, path))


def _creation_date(root: ElementTree.Element, path: Path) -> dt.date:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = (timex.get("value") or "")[:10]
            return to_publication_date(value)
    msg = f"{path} has no creation-time TIMEX3 (functionInDocument=CREATION_TIME)"
    raise TimeMLError(msg)


def read_corpus(folder: Path) -> Iterator[TimeMLDocument]:
    """Every ``.tml`` document under ``folder``, in path order.

    >>> list(read_corpus(Path("no-such-folder")))
    Traceback (most recent call last):
    ...
    timeline.timeml.reader.TimeMLError: no-such-folder is not a folder
    """
    if not folder.is_dir():
        msg = f"{folder} is not a folder"
        raise TimeMLError(msg)
    for path in sorted(folder.rglob("*.tml")):
        yield read_document(path)
