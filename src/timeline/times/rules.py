"""Rules as named data, and the recognizer that runs them over a text.

A :class:`Rule` is a name, a regular expression written with the vocabulary
placeholders of its language (``{month}``, ``{weekday}``), and the name of the
producer (:mod:`timeline.times.producers`) that turns the named groups of a
match into a reading, or refuses the match. Rules live in a language's
``rules.toml``; adding a rule means adding an entry there and its examples.

Overlapping matches are settled the way a reader would: the longest wins, then
the rule listed first; a match a producer refused ("February 30") also keeps
the shorter matches inside it ("February") out. A kept match then takes in a
modifier right before it ("early 1990", "mid-1996"): the vocabulary's
``modifier`` table names the TIMEX3 ``mod`` of each; an ``outer_modifier``
("about three years") gives its mod but stays outside the span.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Mapping

import attrs

from timeline.model import Mod
from timeline.times.producers import PRODUCERS, Producer
from timeline.times.readings import DurationReading, ModifiedReading, Reading
from timeline.times.vocabulary import Vocabulary

__all__ = ["DEFAULT_SETTINGS", "Match", "Recognizer", "Rule", "possessive_at"]

#: Settings rules may depend on: dates in figures are read month first unless "day_first".
DEFAULT_SETTINGS = frozenset({"month_first"})


def _known_producer(_instance: object, _attribute: object, reading: str) -> None:
    if reading not in PRODUCERS:
        msg = f"unknown reading producer {reading!r}; known: {', '.join(sorted(PRODUCERS))}"
        raise ValueError(msg)


@attrs.frozen
class Rule:
    """A named recognition rule; ``when`` names the setting it needs ("day_first").

    ``near`` names vocabulary tables one of whose words every match holds
    (a month rule needs a month name); the recognizer then runs the rule only
    around such words, which is what keeps recognition fast.

    >>> Rule("year", r"(?P<year>1[0-9]{3})", "calendar_date").name
    'year'
    """

    name: str
    pattern: str
    reading: str = attrs.field(validator=_known_producer)
    when: str | None = None
    near: tuple[str, ...] = ()


@attrs.frozen
class Match:
    """A recognized expression: offsets into the text, the rule and its reading.

    ``parts`` are the offsets of the two ends of a range (the groups
    ``part1`` and ``part2`` of its rule), empty for anything else.

    >>> from timeline.times.readings import CalendarDate
    >>> Match(0, 4, "year", CalendarDate(1950)).rule
    'year'
    """

    start: int
    end: int
    rule: str
    reading: Reading
    parts: tuple[tuple[int, int], ...] = ()


@attrs.frozen
class _Compiled:
    rule: Rule
    regex: re.Pattern[str]
    producer: Producer


# A placeholder is a lower-case name in braces; regex quantifiers ("{3}", "{2,4}") have digits.
_PLACEHOLDER = re.compile(r"\{([a-z_0-9]*[a-z_])\}")
_MAX_NESTING = 5
# The vocabulary table of modifiers, and how far before a match one may start.
_MODIFIERS = "modifier"
_OUTER_MODIFIERS = "outer_modifier"
_MODIFIER_REACH = 24


class Recognizer:
    """Runs a table of rules over text and returns non-overlapping matches.

    >>> from timeline.times.language import load_language
    >>> english = load_language("en")
    >>> recognizer = Recognizer(english.rules, english.vocabulary)
    >>> [(m.start, m.end, m.rule) for m in recognizer.find("On Monday, only one was answered.")]
    [(3, 9, 'weekday')]
    """

    def __init__(
        self, rules: tuple[Rule, ...], vocabulary: Vocabulary, settings: frozenset[str] = DEFAULT_SETTINGS
    ) -> None:
        placeholders = vocabulary.placeholders()
        self._vocabulary = vocabulary
        self._compiled = tuple(
            _compile(rule, placeholders) for rule in rules if rule.when is None or rule.when in settings
        )
        needed = sorted({table for rule in rules for table in rule.near})
        unknown = [table for table in needed if table not in placeholders]
        if unknown:
            msg = f"rules name unknown vocabulary tables in 'near': {', '.join(unknown)}"
            raise ValueError(msg)
        self._near = {table: re.compile(rf"(?<![\w])(?:{placeholders[table]})(?![\w])") for table in needed}
        self._modifiers = tuple(
            (re.compile(rf"(?<![\w])(?P<mod>{placeholders[table]})(?:\s+|-)\Z"), table, inside)
            for table, inside in ((_MODIFIERS, True), (_OUTER_MODIFIERS, False))
            if table in placeholders
        )

    def find(self, text: str, *, everywhere: bool = False) -> tuple[Match, ...]:
        """The expressions of ``text``, in text order.

        Rules with ``near`` tables run only around words of those tables;
        ``everywhere`` runs every rule over the whole text (the same result,
        slower: it is how the tests check the shortcut).
        """
        candidates: list[tuple[int, int, int, Match]] = []
        refused: list[tuple[int, int]] = []
        whole = [(0, len(text))]
        near = {} if everywhere else {table: _windows(text, regex) for table, regex in self._near.items()}
        for priority, compiled in enumerate(self._compiled):
            windows = (
                _merged([w for table in compiled.rule.near for w in near[table]])
                if near and compiled.rule.near
                else whole
            )
            for found in (hit for start, end in windows for hit in compiled.regex.finditer(text, start, end)):
                groups = {name: value for name, value in found.groupdict().items() if value is not None}
                reading = compiled.producer(groups, self._vocabulary)
                if reading is None:
                    refused.append(found.span())
                    continue
                parts = (
                    (found.span("part1"), found.span("part2")) if "part1" in compiled.regex.groupindex else ()
                )
                match = Match(found.start(), found.end(), compiled.rule.name, reading, parts)
                candidates.append((found.start() - found.end(), priority, found.start(), match))
        # What only looks like a time ("February 30") is not a time in part either ("February").
        inside_refused = _Refused(refused)
        candidates = [candidate for candidate in candidates if not inside_refused(candidate[3])]
        candidates.sort(key=lambda candidate: candidate[:3])
        ordered = _longest_first(candidate[3] for candidate in candidates)
        return tuple(
            self._modified(text, match, ordered[index - 1].end if index else 0)
            for index, match in enumerate(ordered)
        )

    def _modified(self, text: str, match: Match, floor: int) -> Match:
        """``match`` with the modifier right before it taken in, if there is one (never past ``floor``).

        A day or date in the possessive ("get around Wednesday's ruling") takes
        none: the words before it belong to the noun phrase it opens. A length
        of time keeps its hedge ("nearly a year's work").
        """
        if not isinstance(match.reading, DurationReading) and possessive_at(text, match.end):
            return match
        window_start = max(floor, match.start - _MODIFIER_REACH)
        for pattern, table, inside in self._modifiers:
            found = pattern.search(text, window_start, match.start)
            if found is not None:
                mod = Mod(self._vocabulary.meaning(table, found.group("mod")))
                start = found.start() if inside else match.start
                return Match(start, match.end, match.rule, ModifiedReading(match.reading, mod), match.parts)
        return match


_POSSESSIVE = re.compile(r"[\x27\u2019]s(?!\w)")


def possessive_at(text: str, end: int) -> bool:
    """Whether the expression ending at ``end`` is in the possessive ("Wednesday's").

    >>> possessive_at("Wednesday's ruling", 9), possessive_at("Wednesday, ruling", 9)
    (True, False)
    """
    return _POSSESSIVE.match(text, end) is not None


# How far from a word of its ``near`` tables a match may reach.
_NEAR_MARGIN = 80


def _windows(text: str, regex: re.Pattern[str]) -> list[tuple[int, int]]:
    """Stretches of ``text`` within reach of the words ``regex`` finds, never ending inside a word."""
    windows: list[tuple[int, int]] = []
    # Hits come in text order, so their ends grow: a word end found once is never searched for again
    # (searching anew from every hit takes time quadratic in a text without white space).
    word_end = 0
    for found in regex.finditer(text):
        start = max(found.start() - _NEAR_MARGIN, 0)
        end = min(found.end() + _NEAR_MARGIN, len(text))
        if end > word_end:
            word_end = end
            while word_end < len(text) and not text[word_end].isspace():
                word_end += 1
        windows.append((start, word_end))
    return _merged(windows)


class _Refused:
    """Whether a match lies inside a longer span a producer refused, in logarithmic time per match."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]
        # The furthest end of the spans up to each index: a span starting at or before a match covers
        # it when the furthest end reaches past the match's end.
        self._reach = list(itertools.accumulate((end for _, end in self._spans), max))

    def __call__(self, match: Match) -> bool:
        before = bisect.bisect_left(self._starts, match.start)
        if before and self._reach[before - 1] >= match.end:
            return True
        # Spans starting where the match starts cover it only when strictly longer.
        same = bisect.bisect_right(self._starts, match.start)
        return any(end > match.end for _, end in self._spans[before:same])


def _longest_first(matches: Iterable[Match]) -> list[Match]:
    """The matches, taken in the order given, that overlap none taken before; in text order."""
    starts: list[int] = []
    taken: list[Match] = []
    for match in matches:
        # Taken matches do not overlap, so sorted by start they are sorted by end too: only the
        # neighbours of the insertion point can overlap the new match.
        index = bisect.bisect_left(starts, match.start)
        if index and taken[index - 1].end > match.start:
            continue
        if index < len(taken) and taken[index].start < match.end:
            continue
        starts.insert(index, match.start)
        taken.insert(index, match)
    return taken


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _compile(rule: Rule, placeholders: Mapping[str, str]) -> _Compiled:
    def expand(placeholder: re.Match[str]) -> str:
        name = placeholder.group(1)
        if name not in placeholders:
            msg = f"rule {rule.name!r} uses unknown vocabulary placeholder {{{name}}}"
            raise ValueError(msg)
        return f"(?:{placeholders[name]})"

    pattern = rule.pattern
    # Fragments may use placeholders themselves: expand until none is left.
    for _ in range(_MAX_NESTING):
        expanded = _PLACEHOLDER.sub(expand, pattern)
        if expanded == pattern:
            break
        pattern = expanded
    # An expression never starts or ends inside a word or a number.
    regex = re.compile(rf"(?<![\w])(?:{pattern})(?![\w])")
    return _Compiled(rule, regex, PRODUCERS[rule.reading])
