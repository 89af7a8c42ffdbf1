"""Gold TimeML annotations as read, and their conversion to the project's model types.

Attribute values are kept as the file writes them (``None`` where the file
has none), because scoring compares them as strings, exactly as TempEval-3
does. :meth:`TimexAnnotation.to_time_expression` and
:meth:`EventAnnotation.to_event` turn them into
:class:`~timeline.model.TimeExpression` and :class:`~timeline.model.Event`
values for code that works with the model.
"""

from __future__ import annotations

import enum
from typing import TypeVar

import attrs

from timeline.model import (
    Anchor,
    Aspect,
    Event,
    EventClass,
    Mod,
    PartOfSpeech,
    Polarity,
    Tense,
    TimeExpression,
    TimeValue,
    TimexType,
)
from timeline.timeml.markup import TimeMLError

__all__ = ["AnnotatedText", "EventAnnotation", "LinkAnnotation", "TimexAnnotation"]

#: The rule name of time expressions that come from a gold annotation.
GOLD_RULE = "gold"

_Member = TypeVar("_Member", bound=enum.StrEnum)


@attrs.frozen
class TimexAnnotation:
    """A gold ``TIMEX3`` of the text, its span in the plain text and its attributes.

    >>> timex = TimexAnnotation("t1", "yesterday", 8, 17, "DATE", "1998-02-12")
    >>> timex.to_time_expression().value
    TimeValue(type=<TimexType.DATE: 'DATE'>, value='1998-02-12', granularity=None, interval=None, ...)
    """

    tid: str
    text: str
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    anchor_time_id: str | None = None
    function_in_document: str | None = None
    freq: str | None = None
    quant: str | None = None
    begin_point: str | None = None
    end_point: str | None = None

    def to_time_expression(self) -> TimeExpression:
        """The annotation as a :class:`~timeline.model.TimeExpression` (rule ``gold``, no interval).

        >>> TimexAnnotation("t2", "weekly", 0, 6, "SET", "P1W", freq="1X").to_time_expression().rule
        'gold'
        """
        value = TimeValue(
            type=_member(TimexType, self.type, f"TIMEX3 {self.tid} type"),
            value=self.value,
            mod=None if self.mod is None else _member(Mod, self.mod, f"TIMEX3 {self.tid} mod"),
            freq=self.freq,
            quant=self.quant,
        )
        return TimeExpression(
            id=self.tid,
            text=self.text,
            start=self.start,
            end=self.end,
            sentence=0,
            value=value,
            anchor=Anchor.absolute(),
            rule=GOLD_RULE,
        )


@attrs.frozen
class EventAnnotation:
    """A gold ``EVENT`` with the attributes of its ``MAKEINSTANCE`` (the ``EVENT`` tag's own win).

    >>> event = EventAnnotation("e1", "fell", 3, 7, "OCCURRENCE", tense="PAST", pos="VERB")
    >>> event.to_event().lemma, event.to_event().tense
    ('fell', <Tense.PAST: 'PAST'>)
    """

    eid: str
    text: str
    start: int
    end: int
    event_class: str
    stem: str | None = None
    tense: str | None = None
    aspect: str | None = None
    polarity: str | None = None
    pos: str | None = None
    modality: str | None = None
    #: The ``eiid`` of the ``MAKEINSTANCE`` the attributes came from, which TLINKs refer to.
    instance_id: str | None = None

    def to_event(self) -> Event:
        """The annotation as an :class:`~timeline.model.Event`.

        The lemma is ``stem`` if given, else the lower-cased text; attribute
        values outside the model's vocabulary (TimeBank's ``pos="UNKNOWN"``)
        or missing become ``NONE`` / ``POS`` / ``OTHER``.

        >>> EventAnnotation("e2", "Talks", 0, 5, "OCCURRENCE", pos="UNKNOWN").to_event().pos
        <PartOfSpeech.OTHER: 'OTHER'>
        """
        return Event(
            id=self.eid,
            text=self.text,
            start=self.start,
            end=self.end,
            sentence=0,
            lemma=self.stem if self.stem else self.text.lower(),
            event_class=_member(EventClass, self.event_class, f"EVENT {self.eid} class"),
            tense=_lenient(Tense, self.tense, Tense.NONE),
            aspect=_lenient(Aspect, self.aspect, Aspect.NONE),
            polarity=_lenient(Polarity, self.polarity, Polarity.POS),
            modality=self.modality or None,
            pos=_lenient(PartOfSpeech, self.pos, PartOfSpeech.OTHER),
            description="",
        )


@attrs.frozen
class LinkAnnotation:
    """A gold ``TLINK``: ``source`` stands in ``rel_type`` to ``target`` (event-instance or time ids).

    >>> LinkAnnotation("l1", "ei1", "t0", "IS_INCLUDED").rel_type
    'IS_INCLUDED'
    """

    lid: str
    source: str
    target: str
    rel_type: str


@attrs.frozen
class AnnotatedText:
    """The plain text of a TimeML ``<TEXT>`` and its annotations, in text order.

    >>> AnnotatedText("Quiet day.").timexes
    ()
    """

    text: str
    timexes: tuple[TimexAnnotation, ...] = ()
    events: tuple[EventAnnotation, ...] = ()
    links: tuple[LinkAnnotation, ...] = ()


def _member(kind: type[_Member], value: str, what: str) -> _Member:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(member.value for member in kind)
        msg = f"{what} is {value!r}; expected one of {choices}"
        raise TimeMLError(msg) from None


def _lenient(kind: type[_Member], value: str | None, default: _Member) -> _Member:
    try:
        return default if value is None else kind(value)
    except ValueError:
        return default
