"""Finding event triggers and their TimeML attributes in parsed docs."""

from __future__ import annotations

from spacy.language import Language

from timeline.events.detect import find_events, is_stative_copula, is_trigger
from timeline.events.lexicon import load_lexicon
from timeline.model import Aspect, Event, EventClass, PartOfSpeech, Polarity, Tense

LEXICON = load_lexicon("en")


def _events(nlp: Language, text: str) -> list[Event]:
    return [event for event, _index in find_events(nlp(text), LEXICON)]


def test_verbs_and_event_nouns_are_found(nlp: Language) -> None:
    events = _events(nlp, "Officials did not answer the calls.")
    assert [(e.id, e.text, e.pos) for e in events] == [
        ("e1", "answer", PartOfSpeech.VERB),
        ("e2", "calls", PartOfSpeech.NOUN),
    ]


def test_verb_attributes(nlp: Language) -> None:
    (answer, _calls) = _events(nlp, "Officials did not answer the calls.")
    assert answer.lemma == "answer"
    assert answer.event_class is EventClass.OCCURRENCE
    assert answer.tense is Tense.PAST
    assert answer.aspect is Aspect.NONE
    assert answer.polarity is Polarity.NEG
    assert answer.modality is None
    assert answer.sentence == 0


def test_noun_attributes_are_neutral(nlp: Language) -> None:
    (_answer, calls) = _events(nlp, "Officials did not answer the calls.")
    assert calls.lemma == "call"
    assert calls.event_class is EventClass.OCCURRENCE
    assert calls.tense is Tense.NONE
    assert calls.aspect is Aspect.NONE
    assert calls.polarity is Polarity.POS


def test_auxiliaries_are_not_events(nlp: Language) -> None:
    texts = [e.text for e in _events(nlp, "The country has lashed out and did not stop; it will continue.")]
    assert "has" not in texts
    assert "did" not in texts
    assert "will" not in texts
    assert {"lashed", "stop", "continue"} <= set(texts)


def test_copulas_and_modifier_participles_are_not_events(nlp: Language) -> None:
    texts = [e.text for e in _events(nlp, "Suspected bombs exploded. The firm is based in Ohio.")]
    assert texts == ["exploded"]


def test_copular_states_are_opt_in(nlp: Language) -> None:
    doc = nlp("The official said the hair was in a cap.")
    assert [event.text for event, _ in find_events(doc, LEXICON)] == ["said"]
    found = [event for event, _ in find_events(doc, LEXICON, copular_states=True)]
    assert [(e.text, e.event_class, e.pos, e.tense) for e in found] == [
        ("said", EventClass.REPORTING, PartOfSpeech.VERB, Tense.PAST),
        ("was", EventClass.STATE, PartOfSpeech.VERB, Tense.PAST),
    ]
    assert found[0].reports == ("e2",)


def test_copula_carries_a_state_only_without_an_eventive_head(nlp: Language) -> None:
    texts = {
        "He is a suspect.": ["is"],
        "The car had been in the lot for two weeks.": ["been"],
        "There was a war.": [],
        "It is unknown whether he left.": [],
        "The goal is a merger.": [],
        "The killings were under investigation.": [],
        "The case has been closed.": [],
    }
    found = {text: [token.text for token in nlp(text) if is_stative_copula(token, LEXICON)] for text in texts}
    assert found == texts


def test_copular_state_takes_tense_aspect_and_polarity_from_its_auxiliaries(nlp: Language) -> None:
    (been,) = [
        event
        for event, _ in find_events(nlp("He has not been a member since 1998."), LEXICON, copular_states=True)
        if event.text == "been"
    ]
    assert (been.tense, been.aspect, been.polarity) == (Tense.PRESENT, Aspect.PERFECTIVE, Polarity.NEG)
    assert been.subject == "He"


def test_reporting_participle_as_preposition_is_an_event(nlp: Language) -> None:
    (according,) = [e for e in _events(nlp, "According to officials, it was calm.") if e.text == "According"]
    assert according.event_class is EventClass.REPORTING


def test_event_noun_modifying_a_noun_is_no_event(nlp: Language) -> None:
    assert "blast" not in [e.text for e in _events(nlp, "Rescuers searched the blast scene.")]


def test_predicative_adjective_is_a_state(nlp: Language) -> None:
    events = _events(nlp, "It is unknown whether he left, and Poland was not willing to wait.")
    unknown = next(e for e in events if e.text == "unknown")
    willing = next(e for e in events if e.text == "willing")
    assert (unknown.pos, unknown.event_class, unknown.tense) == (
        PartOfSpeech.ADJECTIVE,
        EventClass.STATE,
        Tense.PRESENT,
    )
    assert (willing.event_class, willing.tense, willing.polarity) == (
        EventClass.I_STATE,
        Tense.PAST,
        Polarity.NEG,
    )


def test_coordinated_verbs_share_the_tense(nlp: Language) -> None:
    events = _events(nlp, "She was scheduled to lay flowers and meet officials.")
    assert [(e.text, e.tense) for e in events if e.text in ("lay", "meet")] == [
        ("lay", Tense.INFINITIVE),
        ("meet", Tense.INFINITIVE),
    ]


def test_bare_complement_is_an_infinitive(nlp: Language) -> None:
    events = _events(nlp, "NATO warplanes helped end the war.")
    assert next(e for e in events if e.text == "end").tense is Tense.INFINITIVE


def test_class_can_depend_on_a_complement(nlp: Language) -> None:
    events = _events(nlp, "Officials declined to comment. Sales declined.")
    assert [e.event_class for e in events if e.text == "declined"] == [
        EventClass.I_ACTION,
        EventClass.OCCURRENCE,
    ]


def test_corrected_lemma(nlp: Language) -> None:
    (hoped, *_rest) = _events(nlp, "They hoped she would come.")
    assert (hoped.lemma, hoped.event_class) == ("hope", EventClass.I_STATE)


def test_event_proper_noun_is_found(nlp: Language) -> None:
    events = _events(nlp, "The 1950-1953 Korean War ended with an armistice.")
    assert [(e.text, e.pos) for e in events] == [
        ("War", PartOfSpeech.NOUN),
        ("ended", PartOfSpeech.VERB),
        ("armistice", PartOfSpeech.NOUN),
    ]
    assert events[1].event_class is EventClass.ASPECTUAL


def test_proper_nouns_that_name_no_event_are_not_events(nlp: Language) -> None:
    assert [e.text for e in _events(nlp, "North Korea cut the hotlines.")] == ["cut"]


def test_reporting_and_modal_events(nlp: Language) -> None:
    events = _events(nlp, "The ministry said the calls should be maintained.")
    said = next(e for e in events if e.text == "said")
    maintained = next(e for e in events if e.text == "maintained")
    assert said.event_class is EventClass.REPORTING
    assert maintained.modality == "should"
    assert maintained.tense is Tense.NONE


def test_offsets_and_sentences(nlp: Language) -> None:
    text = "The war ended. Talks began."
    found = find_events(nlp(text), LEXICON)
    for event, _index in found:
        assert text[event.start : event.end] == event.text
    assert [(e.text, e.sentence) for e, _ in found] == [
        ("war", 0),
        ("ended", 0),
        ("Talks", 1),
        ("began", 1),
    ]


def test_trigger_index_points_at_the_token(nlp: Language) -> None:
    doc = nlp("Officials did not answer the calls.")
    assert [(event.text, doc[index].text) for event, index in find_events(doc, LEXICON)] == [
        ("answer", "answer"),
        ("calls", "calls"),
    ]


def test_is_trigger(nlp: Language) -> None:
    doc = nlp("Officials did not answer the calls.")
    assert [token.text for token in doc if is_trigger(token, LEXICON)] == ["answer", "calls"]


def test_empty_doc_has_no_events(nlp: Language) -> None:
    assert find_events(nlp(""), LEXICON) == ()
