"""A :class:`~timeline.model.Timeline` as a TimeML document: inline TIMEX3 and EVENT, MAKEINSTANCE, TLINK.

The tags are those :func:`~timeline.timeml.writer.write_document` writes (ids
renumbered ``t1``, ``e1``/``ei1`` in text order, the publication date as the
creation time ``t0``), followed by one ``TLINK`` per relation of the timeline
whose two ends are written. Relations to a mention that is not written as a
tag of its own are left out: a range ("1950-1953"), whose two ends are
written instead, and spans dropped because they would cross another tag.
"""

from __future__ import annotations

from timeline.errors import TimeMLError
from timeline.model import PUBLICATION_DATE_ID, Event, TimeExpression, Timeline
from timeline.timeml.system import SystemTag, TagName, escape_attribute, system_tags
from timeline.timeml.writer import write_document

__all__ = ["write_timeline"]

_CLOSING = "</TimeML>\n"


def write_timeline(timeline: Timeline, *, doc_id: str = "") -> str:
    r"""``timeline`` as a TimeML document that TempEval-3 tools read.

    >>> from timeline import extract
    >>> markup = write_timeline(extract("On Monday, only one was answered.", "2020-06-09"), doc_id="calls")
    >>> print(markup[markup.index("<TEXT>"):], end="")
    <TEXT>On <TIMEX3 tid="t1" type="DATE" value="2020-06-08">Monday</TIMEX3>, only one was <EVENT eid="e1" class="OCCURRENCE">answered</EVENT>.</TEXT>
    <MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
    <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
    ...
    </TimeML>
    """  # noqa: E501 - the TEXT line is one line of the output
    if timeline.publication_date is None:
        msg = "a TimeML document needs a creation time: give the timeline a publication date"
        raise TimeMLError(msg)
    written = write_document(
        timeline.text, timeline.publication_date, timeline.expressions, timeline.events, doc_id=doc_id
    )
    ids = _written_ids(timeline, system_tags(timeline.text, timeline.expressions, timeline.events))
    links: list[str] = []
    for relation in timeline.relations:
        source, target = ids.get(relation.source), ids.get(relation.target)
        if source is None or target is None:
            continue
        links.append(
            f'<TLINK lid="l{len(links) + 1}" relType="{escape_attribute(relation.rel_type.value)}" '
            f'{_role(source, "eventInstanceID", "timeID")}="{source[1]}" '
            f'{_role(target, "relatedToEventInstance", "relatedToTime")}="{target[1]}"/>'
        )
    if not links:
        return written
    return written[: -len(_CLOSING)] + "".join(link + "\n" for link in links) + _CLOSING


def _role(written: tuple[TagName, str], event_attribute: str, time_attribute: str) -> str:
    return event_attribute if written[0] is TagName.EVENT else time_attribute


def _written_ids(timeline: Timeline, tags: tuple[SystemTag, ...]) -> dict[str, tuple[TagName, str]]:
    """Model id -> (tag kind, written id: ``tN`` or ``eiN``), for every mention written as a tag."""
    by_span: dict[tuple[TagName, int, int], list[str]] = {}
    for tag in tags:
        written = tag.get("tid") if tag.name is TagName.TIMEX3 else tag.get("eiid")
        by_span.setdefault((tag.name, tag.start, tag.end), []).append(written or "")
    ids: dict[str, tuple[TagName, str]] = {PUBLICATION_DATE_ID: (TagName.TIMEX3, "t0")}
    # A range is written as its two ends (system_tags does the same); mentions sharing a span
    # take its tags in the order given, as system_tags wrote them.
    mentions: list[tuple[TagName, TimeExpression | Event]] = [
        (TagName.TIMEX3, part)
        for expression in timeline.expressions
        for part in expression.parts or (expression,)
    ]
    mentions += [(TagName.EVENT, event) for event in timeline.events]
    for name, mention in mentions:
        waiting = by_span.get((name, mention.start, mention.end))
        if waiting:
            ids.setdefault(mention.id, (name, waiting.pop(0)))
    return ids
