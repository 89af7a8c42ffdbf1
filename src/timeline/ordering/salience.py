"""Which events are background: in the data, but left out of a timeline's default view.

The rule, one sentence: **a reporting event is background when an event it
reports is placed in time** (dated, or before, at or after the publication
date). In "North Korean officials did not answer the calls, a spokeswoman
told a briefing", "answer" is placed on the publication day and carries
what happened; "told" adds only who said so, and drops out of the default
view. A report whose content has no placement of its own (a modal "the
calls should be maintained, the ministry said", a copula "the move is
likely ...") stays: it is the timeline's only record of that statement. Every
other event is salient.

Background events stay in ``Timeline.events`` and ``Timeline.entries``
(with ``salient=False``); ``Timeline.view()`` and the table leave them out,
``Timeline.view(background=True)`` and ``timeline extract --all`` show them.
"""

from __future__ import annotations

from collections.abc import Mapping

from timeline.model import Event, EventClass, Placement, PlacementKind

__all__ = ["background_events"]


def background_events(events: tuple[Event, ...], placements: Mapping[str, Placement]) -> frozenset[str]:
    """The ids of the background events among ``events``, given every event's placement.

    >>> from timeline.model import Aspect, PartOfSpeech, Polarity, Tense
    >>> said = Event("e1", "said", 0, 4, 0, "say", EventClass.REPORTING, Tense.PAST, Aspect.NONE,
    ...              Polarity.POS, None, PartOfSpeech.VERB, "He said it rained", reports=("e2",))
    >>> before = Placement(PlacementKind.BEFORE_PUBLICATION, None, "before 2020-06-09", "t0", "tense")
    >>> unknown = Placement(PlacementKind.UNKNOWN, None, "unknown", None, "no-link")
    >>> background_events((said,), {"e1": before, "e2": before})
    frozenset({'e1'})
    >>> background_events((said,), {"e1": before, "e2": unknown})
    frozenset()
    """
    return frozenset(
        event.id
        for event in events
        if event.event_class is EventClass.REPORTING
        and any(_is_placed(placements.get(reported)) for reported in event.reports)
    )


def _is_placed(placement: Placement | None) -> bool:
    return placement is not None and placement.kind is not PlacementKind.UNKNOWN
