from __future__ import annotations

import pytest
import spacy

from timeline.model import Tense
from timeline.times.language import load_language

CUES = load_language("en").tense_cues
NLP = spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("On Monday, only one was answered.", "Monday", Tense.PAST),
        ("They will meet on Thursday.", "Thursday", Tense.FUTURE),
        ("He is going to leave on Friday.", "Friday", Tense.FUTURE),
        ("Talks on Friday are expected.", "Friday", Tense.PRESENT),
        ("Blasts next to the embassies on Friday.", "Friday", None),
        ("Friday", "Friday", None),
        # A participle after "be" is no past cue: the auxiliary before it decides.
        ("She will be named commander in December.", "December", Tense.FUTURE),
        ("The talks will be held on Friday.", "Friday", Tense.FUTURE),
        ("The talks were held on Friday.", "Friday", Tense.PAST),
    ],
)
def test_the_nearest_cue_decides(text: str, word: str, tense: Tense | None) -> None:
    doc = NLP(text)
    index = [token.text for token in doc].index(word)
    assert CUES.tense_near(doc[index : index + 1]) is tense


def test_cues_stay_inside_the_sentence_given() -> None:
    doc = NLP("It was raining. They will meet on Friday.")
    friday = doc[9:10]
    assert CUES.tense_near(friday, doc[4:11]) is Tense.FUTURE


def test_ed_words_that_are_not_past() -> None:
    assert CUES.cue("needed", "") is None
    assert CUES.cue("rallied", "") is Tense.PAST
    # "-eed" words are present forms, except the past forms the cue list names.
    assert CUES.cue("succeed", "him") is None
    assert CUES.cue("agreed", "to") is Tense.PAST


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        # An "-ed" word after a determiner is an adjective.
        ("Talks on the disputed border in March.", "March", None),
        # A capitalized "-ed" word inside a sentence is a name.
        ("A speech by Mohammed in March.", "March", None),
        ("Reported in March by the agency.", "March", Tense.PAST),
        ("He will succeed Davison Feb. 1.", "Feb.", Tense.FUTURE),
        # A plan overtaken: its day has passed.
        ("The offer had been scheduled to expire Friday.", "Friday", Tense.PAST),
        ("The offer has been scheduled to expire Friday.", "Friday", Tense.FUTURE),
        ("Trading is to resume Tuesday.", "Tuesday", Tense.FUTURE),
    ],
)
def test_words_that_look_like_cues_and_are_not(text: str, word: str, tense: Tense | None) -> None:
    doc = NLP(text)
    index = [token.text for token in doc].index(word)
    assert CUES.tense_near(doc[index : index + 1]) is tense


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("They said the group might come as soon as Tuesday.", "Tuesday", Tense.FUTURE),
        ("The boy could arrive as early as Friday.", "Friday", Tense.FUTURE),
        ("The group came on Tuesday.", "Tuesday", None),
        ("Tuesday", "Tuesday", None),
        ("Officials postponed until Tuesday any action.", "Tuesday", Tense.FUTURE),
    ],
)
def test_signals_before_an_expression_look_ahead(text: str, word: str, tense: Tense | None) -> None:
    doc = NLP(text)
    index = [token.text for token in doc].index(word)
    assert CUES.signal_before(doc[index : index + 1]) is tense


def test_a_possessive_is_not_a_present_cue() -> None:
    assert CUES.cue("'s", "session") is None


def test_set_to_is_a_future_cue() -> None:
    assert CUES.cue("set", "to") is Tense.FUTURE
    assert CUES.cue("set", "up") is None


@pytest.mark.parametrize(
    ("text", "word", "tense"),
    [
        ("They have lived there since October.", "October", Tense.PAST),
        ("Ever since October they have waited.", "October", Tense.PAST),
        ("They could leave as soon as Tuesday.", "Tuesday", Tense.FUTURE),
        ("They will leave in October.", "October", None),
    ],
)
def test_signals_right_before_an_expression_give_its_direction(
    text: str, word: str, tense: Tense | None
) -> None:
    doc = NLP(text)
    index = [token.text for token in doc].index(word)
    assert CUES.signal_before(doc[index : index + 1]) is tense
