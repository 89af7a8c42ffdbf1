"""Reading TimeML documents (TempEval-3, TimeBank, AQUAINT): text, publication date and gold annotations.

A document's text is everything inside ``<TEXT>`` with the tags dropped and
the characters kept; its publication date comes from the creation-time
``TIMEX3`` (the DCT). The gold ``TIMEX3`` and ``EVENT`` tags inside ``<TEXT>``
become annotations with offsets into that text (``EVENT`` tags outside it,
which two TimeBank files have, are ignored, as TempEval-3 does); each event
takes the attributes of the ``MAKEINSTANCE`` that names it, its own tag's
winning; ``TLINK`` elements are kept as links.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import attrs

from timeline.errors import InvalidPublicationDateError
from timeline.model import Event, TimeExpression
from timeline.publication import to_publication_date
from timeline.timeml.annotations import AnnotatedText, EventAnnotation, LinkAnnotation, TimexAnnotation
from timeline.timeml.markup import InlineTag, TimeMLError, inline_tags, local_name, parse_markup, text_element

__all__ = [
    "TimeMLDocument",
    "TimeMLError",
    "parse_annotations",
    "parse_document",
    "read_corpus",
    "read_document",
    "read_markup",
]

_CREATION_TIME = "CREATION_TIME"


@attrs.frozen
class TimeMLDocument:
    """One TimeML document: its id, text, publication date and gold annotations.

    >>> document = TimeMLDocument("doc1", "Text.", dt.date(1998, 2, 13))
    >>> document.publication_date.year, document.timexes
    (1998, ())
    """

    doc_id: str
    text: str
    publication_date: dt.date
    timexes: tuple[TimexAnnotation, ...] = ()
    events: tuple[EventAnnotation, ...] = ()
    links: tuple[LinkAnnotation, ...] = ()

    def time_expressions(self) -> tuple[TimeExpression, ...]:
        """The gold ``TIMEX3`` annotations as model values (rule ``gold``).

        >>> TimeMLDocument("doc1", "Text.", dt.date(1998, 2, 13)).time_expressions()
        ()
        """
        return tuple(timex.to_time_expression() for timex in self.timexes)

    def model_events(self) -> tuple[Event, ...]:
        """The gold ``EVENT`` annotations as model values.

        >>> TimeMLDocument("doc1", "Text.", dt.date(1998, 2, 13)).model_events()
        ()
        """
        return tuple(event.to_event() for event in self.events)


_EXAMPLE = (
    '<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" '
    'functionInDocument="CREATION_TIME">1998-02-13</TIMEX3></DCT>'
    '<TEXT>It <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> '
    '<TIMEX3 tid="t1" type="DATE" value="1998-02-12">yesterday</TIMEX3>.</TEXT>'
    '<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>'
    '<TLINK lid="l1" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>'
    "</TimeML>"
)


def read_markup(path: Path) -> str:
    """The markup of the file at ``path``: UTF-8 (a byte-order mark dropped), line ends untouched.

    >>> read_markup(Path("no-such-file.tml"))
    Traceback (most recent call last):
    ...
    FileNotFoundError: [Errno 2] No such file or directory: 'no-such-file.tml'
    """
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return handle.read()


def parse_annotations(markup: str, *, source: str = "<string>") -> AnnotatedText:
    """The plain text of ``<TEXT>`` in ``markup`` and its annotations; no creation time needed.

    >>> annotated = parse_annotations(_EXAMPLE)
    >>> annotated.text
    'It fell yesterday.'
    >>> [(t.text, t.start, t.value) for t in annotated.timexes]
    [('yesterday', 8, '1998-02-12')]
    >>> [(e.text, e.event_class, e.tense, e.instance_id) for e in annotated.events]
    [('fell', 'OCCURRENCE', 'PAST', 'ei1')]
    >>> annotated.links
    (LinkAnnotation(lid='l1', source='ei1', target='t1', rel_type='IS_INCLUDED'),)
    """
    return _annotations(parse_markup(markup, source=source), source)


def parse_document(markup: str, *, source: str = "<string>") -> TimeMLDocument:
    """The document in ``markup``; ``source`` names it in errors and is the id when ``<DOCID>`` is missing.

    >>> parse_document(_EXAMPLE).publication_date
    datetime.date(1998, 2, 13)
    >>> parse_document("<TimeML><TEXT>no date</TEXT></TimeML>", source="x.tml")
    Traceback (most recent call last):
    ...
    timeline.errors.TimeMLError: x.tml has no creation-time TIMEX3 (functionInDocument=CREATION_TIME)
    """
    root = parse_markup(markup, source=source)
    annotated = _annotations(root, source)
    doc_id = next((e.text or "" for e in root.iter() if local_name(e.tag) == "DOCID"), "").strip()
    return TimeMLDocument(
        doc_id=doc_id or Path(source).stem,
        text=annotated.text,
        publication_date=_creation_date(root, source),
        timexes=annotated.timexes,
        events=annotated.events,
        links=annotated.links,
    )


def read_document(path: Path) -> TimeMLDocument:
    """The document in the TimeML file at ``path``.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.tml").write_text(_EXAMPLE, encoding="utf-8")
    >>> document = read_document(folder / "a.tml")
    >>> document.doc_id, document.text, document.publication_date
    ('a', 'It fell yesterday.', datetime.date(1998, 2, 13))
    """
    return parse_document(read_markup(path), source=str(path))


def read_corpus(folder: Path) -> Iterator[TimeMLDocument]:
    """Every ``.tml`` document under ``folder`` (sub-folders too), in path order.

    >>> list(read_corpus(Path("no-such-folder")))
    Traceback (most recent call last):
    ...
    timeline.errors.TimeMLError: no-such-folder is not a folder
    """
    if not folder.is_dir():
        msg = f"{folder} is not a folder"
        raise TimeMLError(msg)
    for path in sorted(folder.rglob("*.tml")):
        yield read_document(path)


def _annotations(root: ElementTree.Element, source: str) -> AnnotatedText:
    text, tags = inline_tags(text_element(root, source=source))
    instances: dict[str, dict[str, str]] = {}
    links: list[LinkAnnotation] = []
    for element in root.iter():
        name = local_name(element.tag)
        if name == "MAKEINSTANCE" and "eventID" in element.attrib:
            instances[element.attrib["eventID"]] = dict(element.attrib)  # the last one wins, as in TE3
        elif name == "TLINK":
            links.append(_link(element.attrib))
    timexes = tuple(_timex(tag, text) for tag in tags if tag.name == "TIMEX3")
    events = tuple(_event(tag, text, instances) for tag in tags if tag.name == "EVENT")
    return AnnotatedText(
        text=text,
        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
        events=tuple(sorted(events, key=lambda e: (e.start, e.end))),
        links=tuple(links),
    )


def _timex(tag: InlineTag, text: str) -> TimexAnnotation:
    return TimexAnnotation(
        tid=tag.get("tid") or "",
        text=text[tag.start : tag.end],
        start=tag.start,
        end=tag.end,
        type=tag.get("type") or "",
        value=tag.get("value") or "",
        mod=tag.get("mod"),
        anchor_time_id=tag.get("anchorTimeID"),
        function_in_document=tag.get("functionInDocument"),
        freq=tag.get("freq"),
        quant=tag.get("quant"),
        begin_point=tag.get("beginPoint"),
        end_point=tag.get("endPoint"),
    )


def _event(tag: InlineTag, text: str, instances: dict[str, dict[str, str]]) -> EventAnnotation:
    eid = tag.get("eid") or ""
    instance = instances.get(eid, {})

    def attribute(name: str) -> str | None:
        own = tag.get(name)
        return own if own is not None else instance.get(name)

    return EventAnnotation(
        eid=eid,
        text=text[tag.start : tag.end],
        start=tag.start,
        end=tag.end,
        event_class=tag.get("class") or "",
        stem=tag.get("stem"),
        tense=attribute("tense"),
        aspect=attribute("aspect"),
        polarity=attribute("polarity"),
        pos=attribute("pos"),
        modality=attribute("modality"),
        instance_id=instance.get("eiid"),
    )


def _link(attributes: dict[str, str]) -> LinkAnnotation:
    return LinkAnnotation(
        lid=attributes.get("lid", ""),
        source=attributes.get("eventInstanceID") or attributes.get("timeID") or "",
        target=attributes.get("relatedToEventInstance") or attributes.get("relatedToTime") or "",
        rel_type=attributes.get("relType", ""),
    )


def _creation_date(root: ElementTree.Element, source: str) -> dt.date:
    for timex in root.iter():
        if local_name(timex.tag) == "TIMEX3" and timex.get("functionInDocument") == _CREATION_TIME:
            value = timex.get("value") or ""
            try:
                return to_publication_date(value[:10])
            except InvalidPublicationDateError:
                msg = f"{source}: the creation time {value!r} does not start with a date (YYYY-MM-DD)"
                raise TimeMLError(msg) from None
    msg = f"{source} has no creation-time TIMEX3 (functionInDocument={_CREATION_TIME})"
    raise TimeMLError(msg)
