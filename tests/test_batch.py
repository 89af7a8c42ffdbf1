"""extract_many: extract's timelines, in input order, batched, across processes, errors per document."""

from __future__ import annotations

import datetime as dt
import itertools
import pickle
from collections.abc import Iterator

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

import timeline
from tests import strategies
from tests.strategies import PARSED
from timeline import batch
from timeline.batch import DocumentResult, Failure, extract_many
from timeline.errors import DocumentExtractionError, InvalidSettingError
from timeline.pipeline import DEFAULT_MODEL

PUBLISHED = dt.date(2020, 6, 9)

TEXTS = (
    "On Monday, only one was answered.",
    "The war ended in 1953. Talks will resume next week.",
    "",
    "Officials said the rally was held on June 6.",
    "   \n",
    "Prices rose three weeks ago, and the company announced its results on Friday.",
)


def test_each_result_is_the_timeline_extract_gives(seed_text: str) -> None:
    items = [(text, PUBLISHED) for text in (*TEXTS, seed_text)]
    results = list(extract_many(items, batch_size=3))
    assert [result.id for result in results] == list(range(len(items)))
    assert all(result.ok for result in results)
    assert [result.timeline for result in results] == [timeline.extract(text, PUBLISHED) for text, _ in items]


def test_ids_come_from_the_items_and_order_is_kept_across_batches() -> None:
    items = [(text, "2020-06-09", f"doc-{number}") for number, text in enumerate(TEXTS)]
    for batch_size in (1, 2, 100):
        results = list(extract_many(items, batch_size=batch_size))
        assert [result.id for result in results] == [f"doc-{number}" for number in range(len(TEXTS))]
        assert [result.timeline.text for result in results if result.timeline is not None] == list(TEXTS)


def test_each_item_keeps_its_own_publication_date() -> None:
    text = "On Monday, only one was answered."
    results = list(extract_many([(text, "2020-06-09"), (text, "2021-03-03")]))
    labels = [[entry.label for entry in result.timeline or ()] for result in results]
    assert labels == [["2020-06-08"], ["2021-03-01"]]


def test_two_processes_give_the_same_results_in_the_same_order() -> None:
    items = [(text, PUBLISHED, number) for number, text in enumerate(TEXTS * 3)]
    one = list(extract_many(items, batch_size=2))
    two = list(extract_many(items, batch_size=2, n_process=2))
    assert two == one
    assert [result.id for result in two] == list(range(len(items)))


def test_the_input_is_read_lazily_and_may_be_endless() -> None:
    def endless() -> Iterator[tuple[str, dt.date, int]]:
        for number in itertools.count():
            yield f"The talks began on Monday, day {number}.", PUBLISHED, number

    for processes in (1, 2):
        first = list(itertools.islice(extract_many(endless(), batch_size=2, n_process=processes), 5))
        assert [result.id for result in first] == [0, 1, 2, 3, 4]
        assert all(result.timeline and result.timeline.entries for result in first)


def test_collected_errors_name_the_item_and_the_others_go_on() -> None:
    items: list[object] = [
        ("On Monday, only one was answered.", PUBLISHED, "good"),
        (b"bytes", PUBLISHED, "bytes"),
        ("On Monday.", "June 9", "bad-date"),
        "not a tuple",
        ("a", PUBLISHED, "id", "extra"),
        ("In 1953.", None, "no-date"),
        ("The war ended in 1953.", PUBLISHED),
    ]
    results = list(extract_many(items, errors="collect", batch_size=4))  # type: ignore[arg-type]
    assert [result.id for result in results] == ["good", "bytes", "bad-date", 3, 4, "no-date", 6]
    assert [result.ok for result in results] == [True, False, False, False, False, False, True]
    failures = {result.id: result.error for result in results if result.error is not None}
    assert failures["bytes"] == Failure("InvalidTextError", "text must be a str; got bytes: decode it first, "
                                        'e.g. data.decode("utf-8")')  # fmt: skip
    assert failures["bad-date"] is not None
    assert failures["bad-date"].type == "InvalidPublicationDateError"
    assert failures[3] is not None
    assert "got str" in failures[3].message
    assert failures[4] is not None
    assert "got a tuple of 4" in failures[4].message
    assert all(result.timeline is None for result in results if not result.ok)


def test_raising_stops_at_the_failed_document_after_yielding_the_ones_before() -> None:
    items: list[tuple[str, object] | tuple[str, object, object]] = [
        ("On Monday.", PUBLISHED, "first"),
        ("On Monday.", "not a date", "second"),
        ("x", PUBLISHED),
    ]
    results = extract_many(items)
    assert next(results).id == "first"
    with pytest.raises(
        DocumentExtractionError, match=r"document 'second': InvalidPublicationDateError"
    ) as info:
        next(results)
    assert info.value.document_id == "second"
    assert info.value.error_type == "InvalidPublicationDateError"
    copy = pickle.loads(pickle.dumps(info.value))
    assert (copy.document_id, str(copy)) == ("second", str(info.value))


@Language.component("test_batch_fails_on_boom")
def _fails_on_boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        msg = "this stage cannot read BOOM"
        raise RuntimeError(msg)
    return doc


@pytest.fixture(scope="module")
def failing_nlp() -> Language:
    nlp = timeline.pipeline(spacy.load(DEFAULT_MODEL))
    nlp.add_pipe("test_batch_fails_on_boom", after="timeline_events")
    return nlp


def test_a_stage_failing_on_one_document_costs_only_that_document(failing_nlp: Language) -> None:
    items = [
        ("On Monday, only one was answered.", PUBLISHED, "a"),
        ("The BOOM came on Monday.", PUBLISHED, "b"),
        ("The war ended in 1953.", PUBLISHED, "c"),
    ]
    results = list(extract_many(items, nlp=failing_nlp, errors="collect", batch_size=3))
    assert [(result.id, result.ok) for result in results] == [("a", True), ("b", False), ("c", True)]
    assert results[1].error == Failure("RuntimeError", "this stage cannot read BOOM")
    assert results[0].timeline == timeline.extract(items[0][0], PUBLISHED)
    assert results[2].timeline == timeline.extract(items[2][0], PUBLISHED)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"n_process": 0}, "n_process must be a positive int, or -1"),
        ({"n_process": -2}, "n_process must be a positive int, or -1"),
        ({"n_process": True}, "n_process must be a positive int"),
        ({"n_process": "2"}, "n_process must be a positive int"),
        ({"batch_size": 0}, "batch_size must be a positive int; got 0"),
        ({"batch_size": 2.5}, "batch_size must be a positive int; got 2.5"),
        ({"errors": "ignore"}, "errors must be 'raise' or 'collect'; got 'ignore'"),
        ({"policy": "tabloid"}, "unknown anchoring policy 'tabloid'"),
    ],
)
def test_impossible_settings_are_refused_at_the_call(settings: dict[str, object], message: str) -> None:
    def never_read() -> Iterator[tuple[str, dt.date]]:
        pytest.fail("the items must not be read before the settings are checked")
        yield "", PUBLISHED

    with pytest.raises(InvalidSettingError, match=message):
        extract_many(never_read(), **settings)  # type: ignore[arg-type]


def test_results_hold_no_spacy_objects_and_pickle(seed_text: str) -> None:
    [result] = extract_many([(seed_text, PUBLISHED, "seed")])
    copy = pickle.loads(pickle.dumps(result))
    assert copy == result
    assert isinstance(copy, DocumentResult)
    assert copy.timeline is not None
    assert copy.timeline.entries


def test_no_items_give_no_results() -> None:
    assert list(extract_many([], n_process=2)) == []


@PARSED
@given(st.lists(strategies.news_sentences(), max_size=4), st.integers(min_value=1, max_value=3))
def test_batched_news_give_the_timelines_extract_gives(texts: list[str], batch_size: int) -> None:
    results = list(extract_many([(text, PUBLISHED) for text in texts], batch_size=batch_size))
    assert [result.timeline for result in results] == [timeline.extract(text, PUBLISHED) for text in texts]


@PARSED
@given(st.lists(strategies.texts(), max_size=4))
def test_any_text_gives_a_result_never_an_exception(texts: list[str]) -> None:
    results = list(extract_many([(text, PUBLISHED) for text in texts], errors="collect"))
    assert len(results) == len(texts)
    for text, result in zip(texts, results, strict=True):
        if result.ok:
            assert result.timeline is not None
            assert result.timeline.text == text
        else:
            # Only texts that are not valid Unicode are refused.
            assert result.error == Failure.of(_refusal(text))


def _refusal(text: str) -> Exception:
    try:
        timeline.extract(text, PUBLISHED)
    except timeline.InvalidTextError as error:
        return error
    pytest.fail(f"extract accepted {text!r}, extract_many refused it")


def test_a_worker_frees_the_strings_each_batch_adds(failing_nlp: Language) -> None:
    # What a worker process runs, here in this process with a pipeline of its own.
    batch._start_worker(batch._Settings(nlp=failing_nlp, policy="news", day_first=False))
    jobs = [batch._Job(id=0, text="The talks began on Monday.", publication_date=PUBLISHED)]
    batch._worker_batch(jobs, 8)
    before = len(failing_nlp.vocab.strings)
    for round_ in range(3):
        words = " ".join(f"zqx{round_}w{number}" for number in range(50))
        jobs = [batch._Job(id=1, text=f"Officials said {words} on Monday.", publication_date=PUBLISHED)]
        [result] = batch._worker_batch(jobs, 8)
        assert result.timeline is not None
        assert result.timeline == timeline.extract(jobs[0].text, PUBLISHED)
    assert len(failing_nlp.vocab.strings) == before
