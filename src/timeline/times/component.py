"""The time-expression stages as spaCy components: recognize, then resolve.

``timeline_time_recognizer`` finds expressions with the language's rules and
needs nothing but a tokenizer. ``timeline_time_resolver`` gives each its value
against the publication date (``doc._.publication_date``), with the tense of
its clause: from the dependency parse where the doc has one, else from cue
words (:mod:`timeline.times.tense_cues`).
"""

from __future__ import annotations

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from timeline import store
from timeline.arrays import token_texts
from timeline.errors import InvalidSettingError
from timeline.grammar import clause_tense
from timeline.model import Granularity, Tense, TimeExpression, TimexType
from timeline.sentences import sentence_numbers
from timeline.times.clock_days import with_following_days
from timeline.times.language import load_language
from timeline.times.readings import WeekdayReading
from timeline.times.resolve import AnchoringPolicy, ResolutionContext, refers_back, resolve
from timeline.times.rules import DEFAULT_SETTINGS, Match, Recognizer, possessive_at
from timeline.times.tense_cues import TenseCues

__all__ = ["TimeRecognizer", "TimeResolver", "make_time_recognizer", "make_time_resolver", "range_parts"]

# The granularities of stated dates that move a narrative's time on.
_NARRATIVE_STEPS = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.YEAR})


class TimeRecognizer:
    """Finds time expressions and keeps their readings for the resolver.

    >>> import spacy
    >>> doc = TimeRecognizer("en")(spacy.blank("en")("talks on June 6"))
    >>> [span.text for span in doc.spans["timeline_times"]]
    ['June 6']
    """

    def __init__(
        self, language: str = "en", spans_key: str = store.TIMES_KEY, *, day_first: bool = False
    ) -> None:
        data = load_language(language)
        settings = frozenset({"day_first"}) if day_first else DEFAULT_SETTINGS
        self._recognizer = Recognizer(data.rules, data.vocabulary, settings)
        self._spans_key = spans_key
        store.register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Recognize the expressions of ``doc``."""
        # The caller may have kept the text already (spaCy joins a Doc's tokens anew on every access).
        text = store.TEXT.get(doc) or doc.text
        store.TEXT.set(doc, text)
        matches = self._recognizer.find(text)
        spans = [doc.char_span(m.start, m.end, label=m.rule, alignment_mode="expand") for m in matches]
        doc.spans[self._spans_key] = [span for span in spans if span is not None]
        store.READINGS.set(doc, matches)
        return doc


class TimeResolver:
    """Resolves recognized expressions into :class:`~timeline.model.TimeExpression` values.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("talks on June 6")
    >>> doc._.publication_date = "2020-06-09"
    >>> doc = TimeResolver()(TimeRecognizer()(doc))
    >>> doc.spans["timeline_times"][0]._.time_expression.value.value
    '2020-06-06'
    """

    def __init__(self, policy: str = AnchoringPolicy.NEWS.value, language: str = "en") -> None:
        self._cues = load_language(language).tense_cues
        try:
            self._policy = AnchoringPolicy(policy)
        except ValueError:
            choices = ", ".join(repr(p.value) for p in AnchoringPolicy)
            msg = f"unknown anchoring policy {policy!r}; choose one of {choices}"
            raise InvalidSettingError(msg) from None
        store.register_extensions()

    @property
    def tense_cues(self) -> TenseCues:
        """The cue words this resolver reads tense from where there is no parse."""
        return self._cues

    def __call__(self, doc: Doc) -> Doc:
        """Resolve the readings the recognizer stored on ``doc``."""
        publication_date = store.PUBLICATION_DATE.get(doc)
        parsed = doc.has_annotation("DEP")
        text = store.TEXT.get(doc) or doc.text
        numbers = sentence_numbers(doc)
        bounds = _sentence_bounds(numbers)
        resolved: list[TimeExpression] = []
        context = ResolutionContext(publication_date)
        words: list[str] | None = None  # the tokens' texts, read once if cue words are needed
        for index, match in enumerate(with_following_days(text, store.READINGS.get(doc)), start=1):
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            tense: Tense | None = None
            if span is not None:
                tense = self._cues.signal_before(span)
            if tense is None and isinstance(match.reading, WeekdayReading) and possessive_at(text, match.end):
                # "Wednesday's ruling": news names a day by what happened on it, a day already past
                # (on the TempEval-3 training news, 13 such days before the publication date,
                # 5 on it, none after).
                tense = Tense.PAST
            if span is not None and tense is None:
                if parsed:
                    tense = clause_tense(span.root)
                else:
                    first, last = bounds[numbers[span.start]]
                    if words is None:
                        words = token_texts(doc)
                    tense = self._cues.tense_near(span, doc[first:last], words=words)
            # Against another date of a narrative, the clause's tense (a past relative to the
            # publication) says nothing of the direction: the nearest date is taken.
            narrative_anchor = context.anchor_id is not None
            context = attrs.evolve(context, tense=None if narrative_anchor else tense)
            value, anchor = resolve(match.reading, context)
            sentence = numbers[span.start] if span is not None else 0
            expression = TimeExpression(
                id=f"t{index}",
                text=text[match.start : match.end],
                start=match.start,
                end=match.end,
                sentence=sentence,
                value=value,
                anchor=anchor,
                rule=match.rule,
            )
            expression = attrs.evolve(expression, parts=range_parts(text, match, expression))
            resolved.append(expression)
            if value.type not in (TimexType.DATE, TimexType.TIME) or value.interval is None:
                continue
            if self._policy is AnchoringPolicy.NEWS and refers_back(match.reading):
                # In news, "a year earlier" compares with the date in focus; it does not move the focus.
                continue
            # Anaphoric expressions ("a year earlier") count from the last dated expression.
            context = attrs.evolve(context, previous=value, previous_id=expression.id)
            if value.granularity in (Granularity.QUARTER, Granularity.HALF):
                context = attrs.evolve(context, period=value, period_id=expression.id)
            if self._policy is AnchoringPolicy.NARRATIVE and value.granularity in _NARRATIVE_STEPS:
                # Narrative time moves on with every date the text states.
                context = attrs.evolve(
                    context, anchor_date=value.interval.start.date(), anchor_id=expression.id
                )
        store.TIME_EXPRESSIONS.set(doc, tuple(resolved))
        return doc


def _sentence_bounds(numbers: list[int]) -> dict[int, tuple[int, int]]:
    """The token range ``[first, last)`` of each sentence number."""
    bounds: dict[int, tuple[int, int]] = {}
    for index, number in enumerate(numbers):
        first, _ = bounds.get(number, (index, index))
        bounds[number] = (first, index + 1)
    return bounds


def range_parts(text: str, match: Match, whole: TimeExpression) -> tuple[TimeExpression, ...]:
    """The two ends of a range as expressions of their own (TimeML annotates each).

    >>> from timeline.times.api import normalize
    >>> [(part.id, part.text) for part in normalize("1950-1953", "2020-06-09").parts]
    [('t1.1', '1950'), ('t1.2', '1953')]
    """
    value = whole.value
    if not match.parts or value.begin is None or value.end is None:
        return ()
    return tuple(
        attrs.evolve(
            whole, id=f"{whole.id}.{number}", text=text[start:end], start=start, end=end, value=part_value
        )
        for number, ((start, end), part_value) in enumerate(
            zip(match.parts, (value.begin, value.end), strict=True), 1
        )
    )


@Language.factory(
    "timeline_time_recognizer",
    default_config={"language": "en", "spans_key": store.TIMES_KEY, "day_first": False},
)
def make_time_recognizer(
    nlp: Language, name: str, language: str, spans_key: str, day_first: bool
) -> TimeRecognizer:
    """The spaCy factory of :class:`TimeRecognizer`.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_time_recognizer")
    <timeline...>
    """
    return TimeRecognizer(language, spans_key, day_first=day_first)


@Language.factory(
    "timeline_time_resolver",
    default_config={"policy": AnchoringPolicy.NEWS.value, "language": "en"},
)
def make_time_resolver(nlp: Language, name: str, policy: str, language: str) -> TimeResolver:
    """The spaCy factory of :class:`TimeResolver`.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("timeline_time_resolver")
    <timeline...>
    """
    return TimeResolver(policy, language)
