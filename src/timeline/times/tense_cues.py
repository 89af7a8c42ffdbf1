"""The tense of a clause read from its words alone, for pipelines without a parser.

The fast path (:func:`timeline.find_times`) has only a tokenizer, so it reads
tense from cue words in the expression's sentence (a language's
``tense_cues.toml``): future auxiliaries ("will", "'ll", "going to"), past
forms (a word list and regular "-ed" verbs) and present auxiliaries. The cue
nearest to the expression wins; with no cue the tense is unknown, and
resolution looks for the nearest date either way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs
from spacy.tokens import Span

from timeline.model import Tense

__all__ = ["TenseCues"]

_MAX_DISTANCE = 12
_MIN_ED_WORD = 5
# After these an -ed word is an adjective ("a still unspecified date" has "still" between: not caught).
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "your"})


@attrs.frozen
class TenseCues:
    """Cue words of one language.

    >>> import spacy
    >>> from timeline.times.language import load_language
    >>> cues = load_language("en").tense_cues
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("On Monday, only one was answered.")
    >>> cues.tense_near(doc[1:2], doc[0:8])
    <Tense.PAST: 'PAST'>
    >>> cues.tense_near(nlp("They will meet on Thursday.")[4:5])
    <Tense.FUTURE: 'FUTURE'>
    """

    future: frozenset[str]
    future_before_to: frozenset[str]
    past: frozenset[str]
    present: frozenset[str]
    not_past: frozenset[str]
    future_signals: frozenset[str] = frozenset()
    past_signals: frozenset[str] = frozenset()
    open_before_to: frozenset[str] = frozenset()

    @classmethod
    def from_table(cls, table: Mapping[str, Sequence[str]]) -> TenseCues:
        """Cues from a ``tense_cues.toml`` table.

        >>> TenseCues.from_table({"future": ["will"]}).future
        frozenset({'will'})
        """
        words = {
            name: frozenset(" ".join(word.lower().split()) for word in table.get(name, ()))
            for name in attrs.fields_dict(cls)
        }
        return cls(**words)

    def cue(self, word: str, following: str, previous: str = "") -> Tense | None:
        """The tense ``word`` points to (``following`` and ``previous`` are the words around it), or ``None``.

        A participle after "be" ("will be named", "to be held", "being sold")
        is no past cue: the words before it say the tense. Nor is an "-ed" word
        after a determiner ("the disputed area"), one in "-eed" ("succeed") or
        a capitalized one inside a sentence (a name: "Ahmed").

        >>> cues = TenseCues.from_table({"future_before_to": ["going"]})
        >>> cues.cue("going", "to"), cues.cue("named", "commander"), cues.cue("named", "commander", "be")
        (<Tense.FUTURE: 'FUTURE'>, <Tense.PAST: 'PAST'>, None)
        >>> cues.cue("disputed", "area", "the"), cues.cue("succeed", "him"), cues.cue("Ahmed", "said", "Mr.")
        (None, None, None)
        """
        lower = word.lower()
        if previous.lower() in ("be", "being") and (lower in self.past or lower.endswith("ed")):
            return None

        if lower in self.future or (lower in self.future_before_to and following == "to"):
            return Tense.FUTURE
        if lower in self.past:
            return Tense.PAST
        if lower in self.present:
            return Tense.PRESENT
        if (
            lower.endswith("ed")
            and len(lower) >= _MIN_ED_WORD
            and lower.isalpha()
            and lower not in self.not_past
            and not lower.endswith("eed")
            and previous.lower() not in _DETERMINERS
            and not (word[:1].isupper() and any(character.isalnum() for character in previous))
        ):
            return Tense.PAST
        return None

    def signal_before(self, expression: Span) -> Tense | None:
        """The direction words right before ``expression`` give, whatever the clause's tense, or ``None``.

        ``FUTURE`` after a forward signal ("as soon as Tuesday"), ``PAST`` after a
        backward one ("since March": the start of something still going on).

        >>> import spacy
        >>> cues = TenseCues.from_table({"future_signals": ["as soon as"], "past_signals": ["since"]})
        >>> doc = spacy.blank("en")("They could come as soon as Tuesday, as they have since March.")
        >>> cues.signal_before(doc[6:7]), cues.signal_before(doc[12:13])
        (<Tense.FUTURE: 'FUTURE'>, <Tense.PAST: 'PAST'>)
        >>> cues.signal_before(doc[2:3]) is None
        True
        """
        doc = expression.doc
        for signals, tense in ((self.future_signals, Tense.FUTURE), (self.past_signals, Tense.PAST)):
            for length in sorted({len(signal.split()) for signal in signals}):
                first = expression.start - length
                words = " ".join(token.lower_ for token in doc[max(first, 0) : expression.start])
                if first >= 0 and words in signals:
                    return tense
        return None

    def tense_near(
        self, expression: Span, sentence: Span | None = None, *, words: Sequence[str] | None = None
    ) -> Tense | None:
        """The tense cue nearest to ``expression`` in ``sentence`` (default: the whole doc), or ``None``.

        ``words`` may give the texts of all the doc's tokens, read once for many
        expressions (a spaCy token is costly to make).
        """
        doc = expression.doc
        if sentence is None:
            sentence = doc[:]
        # Only tokens within reach can be cues: looking at no others keeps long sentences linear.
        first = max(sentence.start, expression.start - _MAX_DISTANCE)
        last = min(sentence.end, expression.end + _MAX_DISTANCE)
        # The words of the reach and one on each side.
        offset = max(first - 1, 0)
        end = min(last + 1, len(doc))
        texts = list(words[offset:end]) if words is not None else [token.text for token in doc[offset:end]]
        lowers = [text.lower() for text in texts]

        def word(index: int) -> str:
            position = index - offset
            return lowers[position] if 0 <= position < len(lowers) and index >= 0 else ""

        # "(did not) plan to leave on Thursday": what a plan aims at comes after it, on either side of
        # now, so no past or present cue before the plan dates the expression after it ("On Friday,
        # they planned to pay" keeps its cue: Friday is the planning's).
        barrier = max(
            (
                index
                for index in range(first, expression.start)
                if word(index) in self.open_before_to and word(index + 1) == "to"
            ),
            default=-1,
        )
        best: tuple[int, Tense] | None = None
        for index in range(first, last):
            if expression.start <= index < expression.end:
                continue
            before = index < expression.start
            distance = expression.start - index if before else index - expression.end + 1
            if best is not None and distance >= best[0]:
                continue
            previous = word(index - 1) if index > sentence.start else ""
            tense = self.cue(texts[index - offset], word(index + 1), previous)
            if tense is Tense.FUTURE and word(index - 1) == "been" and word(index - 2) in ("had", "'d"):
                # "had been scheduled to expire Friday": a plan overtaken, its day past.
                tense = Tense.PAST
            if tense in (Tense.PAST, Tense.PRESENT) and before and index <= barrier:
                continue
            if tense is not None:
                best = (distance, tense)
        return best[1] if best is not None else None
