"""Extraction on the partitions of Dask collections, on a real local cluster of two worker processes.

The cluster starts once for the module (each worker loads spaCy's model on
its first partition, a few seconds). Every worker's pipeline builder is
wrapped in a counter before any partition runs, so the tests can see how many
pipelines each worker process built: one per kind, however many partitions it
ran. :func:`timeline.cluster.extract_partition` is also tested on its own,
without Dask, as a Spark job would call it.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import sys
from collections.abc import Iterator
from typing import Any

import cloudpickle
import dask.bag
import dask.dataframe
import pandas as pd
import pytest
from distributed import Client, LocalCluster
from spacy.language import Language

import timeline
from timeline.batch import DocumentResult
from timeline.cluster import (
    COLUMNS,
    LoadedPipelines,
    extract_bag,
    extract_dataframe,
    extract_partition,
)
from timeline.errors import InvalidSettingError, MissingExtraError, PipelineError
from timeline.export.json import from_json, to_json

DATE = dt.date(2020, 6, 9)

TEXTS = (
    "On Monday, only one was answered. The ministry said it will continue the talks next week.",
    "The war ended in 1953 with an armistice; the 1950-1953 Korean War never formally ended.",
    "Officials met in early May. The summit, set for Friday at 10:30 a.m., was called off.",
    "They will meet on Thursday.\n\nThe talks, which began in 2018, have stalled since June.",
    "",
    "Shares rose 3% on 6-Jun-2020 and fell on 2020/06/08; three weeks ago they had peaked.",
)


class CountingBuilder:
    """Stands in for ``timeline.pipeline.pipeline`` on a worker: builds the pipeline, noting each policy."""

    def __init__(self, build: Any) -> None:
        self.build = build
        self.policies: list[str] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Language:
        self.policies.append(kwargs.get("policy", "news"))
        built: Language = self.build(*args, **kwargs)
        return built


def count_pipeline_builds() -> None:
    """Run on each worker before any partition: every pipeline built there is counted from now on."""
    module = importlib.import_module("timeline.pipeline")
    module.pipeline = CountingBuilder(module.pipeline)  # type: ignore[attr-defined]


def pipelines_built() -> list[str]:
    """On a worker: the policy of each pipeline built there since :func:`count_pipeline_builds`."""
    builder: CountingBuilder = importlib.import_module("timeline.pipeline").pipeline
    return builder.policies


def narrative_pipeline() -> Language:
    """A custom pipeline, as a ``pipeline_loader``: the narrative policy's.

    It builds through the module attribute, which the workers' counter wraps.
    """
    build = importlib.import_module("timeline.pipeline").pipeline
    built: Language = build(policy="narrative")
    return built


def failing_loader() -> Language:
    """A loader that must never be called."""
    msg = "the pipeline was loaded"
    raise AssertionError(msg)


def not_a_pipeline() -> Language:
    """A loader that returns something else than a pipeline."""
    wrong: Any = "en_core_web_sm"
    return wrong  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    """A client of a local cluster of two single-threaded worker processes, closed after the module."""
    with (
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            local_directory=str(tmp_path_factory.mktemp("dask")),
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(count_pipeline_builds)
        yield client


def _expected(text: str, policy: str = "news") -> timeline.Timeline:
    return timeline.extract(text, DATE, policy=policy)


def _frame(npartitions: int = 3) -> dask.dataframe.DataFrame:
    rows = pd.DataFrame(
        {
            "body": [*TEXTS, TEXTS[0]],
            "published": [DATE.isoformat()] * len(TEXTS) + ["June 9"],
            "url": [f"https://example.com/{number}" for number in range(len(TEXTS) + 1)],
        }
    )
    frame: dask.dataframe.DataFrame = dask.dataframe.from_pandas(rows, npartitions=npartitions)
    return frame


# -- extract_partition on its own, as Spark's mapInPandas calls it ------------------------------------------


def test_partition_gives_the_timelines_of_extract_as_json() -> None:
    frame = pd.DataFrame(
        {
            "text": list(TEXTS[:4]),
            # Every form a frame may hold a date in: a string, a date, a datetime, a pandas Timestamp.
            "published": ["2020-06-09", DATE, dt.datetime(2020, 6, 9, 8, 30), pd.Timestamp("2020-06-09")],
        },
        index=[10, 20, 30, 40],
    )
    result = extract_partition(frame)
    assert tuple(result.columns) == COLUMNS
    assert list(result.index) == [10, 20, 30, 40]
    assert list(result["id"]) == [10, 20, 30, 40]
    assert result["error"].isna().all()
    for text, exported in zip(TEXTS[:4], result["timeline"], strict=True):
        assert exported == to_json(_expected(text), indent=None)
        assert from_json(exported) == _expected(text)


def test_partition_reports_each_failed_row_and_keeps_the_others() -> None:
    frame = pd.DataFrame(
        {
            "text": [TEXTS[0], None, TEXTS[1], TEXTS[2], float("nan")],
            "published": ["2020-06-09", "2020-06-09", "June 9", pd.NaT, "2020-06-09"],
            "id": ["a", "b", "c", "d", "e"],
        }
    )
    result = extract_partition(frame, id="id").set_index("id")
    assert from_json(str(result.loc["a", "timeline"])) == _expected(TEXTS[0])
    assert result.loc["b", "error"] == "InvalidTextError: text must be a str; got NoneType"
    assert str(result.loc["c", "error"]).startswith("InvalidPublicationDateError: publication date 'June 9'")
    assert str(result.loc["d", "error"]).startswith(
        "InvalidPublicationDateError: a publication date is required"
    )
    assert result.loc["e", "error"] == "InvalidTextError: text must be a str; got NoneType"
    assert result["timeline"].isna().tolist() == [False, True, True, True, True]


def test_partition_of_a_datetime_column() -> None:
    frame = pd.DataFrame({"text": [TEXTS[0]], "published": pd.to_datetime(["2020-06-09 23:30"])})
    assert from_json(extract_partition(frame)["timeline"][0]) == _expected(TEXTS[0])


def test_an_empty_partition_loads_no_pipeline() -> None:
    empty = pd.DataFrame({"text": pd.Series([], dtype=str), "published": pd.Series([], dtype=str)})
    result = extract_partition(empty, pipeline_loader=failing_loader)
    assert tuple(result.columns) == COLUMNS
    assert len(result) == 0
    assert str(result["timeline"].dtype) == str(result["error"].dtype) == "string"


def test_partition_with_a_custom_pipeline() -> None:
    frame = pd.DataFrame({"text": [TEXTS[0]], "published": [DATE]})
    result = extract_partition(frame, pipeline_loader=narrative_pipeline, policy="narrative")
    assert from_json(result["timeline"][0]) == _expected(TEXTS[0], policy="narrative")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: extract_partition(pd.DataFrame({"text": []})), "no column 'published'"),
        (lambda: extract_partition(pd.DataFrame({"text": [], "published": []}), id="url"), "no column 'url'"),
        (lambda: extract_partition([("text", "2020-06-09")]), "must be a pandas DataFrame; got list"),  # type: ignore[arg-type]
        (lambda: extract_partition(pd.DataFrame({"text": [], "published": []}), policy="x"), "policy 'x'"),
        (lambda: extract_partition(pd.DataFrame({"text": [], "published": []}), batch_size=0), "batch_size"),
        (
            lambda: extract_partition(
                pd.DataFrame({"text": [], "published": []}),
                pipeline_loader=lambda: narrative_pipeline(),  # noqa: PLW0108 - the lambda is refused
            ),
            "top level of a module",
        ),
    ],
)
def test_partition_checks_its_settings_even_when_empty(call: Any, message: str) -> None:
    with pytest.raises(InvalidSettingError, match=message):
        call()


def test_a_loader_must_return_a_pipeline() -> None:
    with pytest.raises(PipelineError, match="it returned str"):
        LoadedPipelines().get(not_a_pipeline)


def test_a_loader_sent_by_value_finds_its_pipeline_loaded() -> None:
    # A loader defined in a script or notebook reaches each task as a new copy; its name finds its pipeline.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        copy = cloudpickle.loads(cloudpickle.dumps(narrative_pipeline))
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert copy is not narrative_pipeline
    loaded = LoadedPipelines()
    assert loaded.get(copy) is loaded.get(narrative_pipeline)


def test_without_the_extras_the_message_names_them(monkeypatch: pytest.MonkeyPatch) -> None:
    bag = dask.bag.from_sequence([(TEXTS[0], DATE)])
    frame = _frame()
    for name in ("dask.bag", "dask.dataframe", "pandas"):
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(MissingExtraError, match=r"pip install 'news-timeline\[dask\]'"):
        extract_bag(bag)
    with pytest.raises(MissingExtraError, match=r"pip install 'news-timeline\[dask\]'"):
        extract_dataframe(frame)
    with pytest.raises(MissingExtraError, match=r"pip install 'news-timeline\[pandas\]'"):
        extract_partition(pd.DataFrame())


def test_the_helpers_take_only_their_collections() -> None:
    with pytest.raises(InvalidSettingError, match=r"must be a dask\.bag\.Bag; got list"):
        extract_bag([(TEXTS[0], DATE)])  # type: ignore[arg-type]
    with pytest.raises(InvalidSettingError, match=r"must be a dask\.dataframe\.DataFrame; got DataFrame"):
        extract_dataframe(pd.DataFrame({"text": [], "published": []}))  # type: ignore[arg-type]
    with pytest.raises(InvalidSettingError, match="no column 'text'"):
        extract_dataframe(_frame())
    with pytest.raises(InvalidSettingError, match="policy 'x'"):
        extract_bag(dask.bag.from_sequence([(TEXTS[0], DATE)]), policy="x")


# -- on the cluster ------------------------------------------------------------------------------------------


def test_bag_on_the_cluster_gives_the_timelines_of_extract_in_order(client: Client) -> None:
    items = [(text, DATE, f"doc-{number}") for number, text in enumerate(TEXTS)]
    items.insert(2, (b"not text", DATE, "bytes"))  # type: ignore[arg-type]
    bag = dask.bag.from_sequence(items, npartitions=3)
    results: list[DocumentResult] = extract_bag(bag, batch_size=2).compute()
    assert [result.id for result in results] == [item[2] for item in items]
    failed = results.pop(2)
    assert failed.timeline is None
    assert failed.error is not None
    assert failed.error.describe().startswith("InvalidTextError: text must be a str; got bytes")
    assert [result.timeline for result in results] == [_expected(text) for text in TEXTS]


def test_dataframe_on_the_cluster_gives_the_timelines_of_extract(client: Client) -> None:
    timelines = extract_dataframe(_frame(), text="body", id="url")
    assert tuple(timelines.columns) == COLUMNS
    result = timelines.compute()
    assert list(result["id"]) == [f"https://example.com/{number}" for number in range(len(TEXTS) + 1)]
    assert list(result.index) == list(range(len(TEXTS) + 1))
    assert [from_json(str(exported)) for exported in result["timeline"][: len(TEXTS)]] == [
        _expected(text) for text in TEXTS
    ]
    assert result["error"][: len(TEXTS)].isna().all()
    assert pd.isna(result["timeline"].iloc[-1])
    assert str(result["error"].iloc[-1]).startswith("InvalidPublicationDateError: publication date 'June 9'")


def test_custom_pipeline_on_the_cluster(client: Client) -> None:
    timelines = extract_dataframe(
        _frame(), text="body", id="url", pipeline_loader=narrative_pipeline, policy="narrative"
    )
    result = timelines.compute()
    assert [from_json(exported) for exported in result["timeline"][: len(TEXTS)]] == [
        _expected(text, policy="narrative") for text in TEXTS
    ]


def test_each_worker_process_builds_each_pipeline_once(client: Client) -> None:
    # Eight partitions on two workers: a worker that built a pipeline per partition would show it.
    frame = _frame(npartitions=8)
    extract_dataframe(frame, text="body").compute()
    extract_dataframe(frame, text="body", pipeline_loader=narrative_pipeline, policy="narrative").compute()
    extract_bag(dask.bag.from_sequence([(text, DATE) for text in TEXTS], npartitions=6)).compute()
    built = client.run(pipelines_built)
    assert len(built) == 2
    for policies in built.values():
        assert policies.count("news") <= 1
        assert policies.count("narrative") <= 1
    everywhere = [policy for policies in built.values() for policy in policies]
    assert sorted(set(everywhere)) == ["narrative", "news"]


def test_the_workers_are_processes_of_their_own(client: Client) -> None:
    pids = client.run(os.getpid)
    assert len(set(pids.values())) == 2
    assert os.getpid() not in pids.values()
