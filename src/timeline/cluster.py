"""Extraction over the partitions of distributed collections: Dask bags and DataFrames, Spark batches.

The engine does the scheduling; this module only says what to run on one
partition. :func:`extract_partition` is the engine-neutral core: one pandas
``DataFrame`` of texts and publication dates in, one ``DataFrame`` out, with
each row's ``id``, its ``timeline`` as a JSON string (so it travels through
Arrow and Spark as plain text; :func:`timeline.export.json.from_json` reads
it back) and its ``error`` (``"Type: message"``, missing when the row
succeeded). A row that fails never stops the others. :func:`extract_bag` and
:func:`extract_dataframe` hand each partition of a Dask collection to
:func:`timeline.extract_many`; a Spark job calls :func:`extract_partition`
from ``mapInPandas`` (see the "Many documents" page of the documentation).

Each worker process loads its pipeline once, on its first partition, and
keeps it for the next: the default pipeline comes from
:data:`timeline.pipeline.DEFAULT_PIPELINES`; a custom one from a
``pipeline_loader``, a function without arguments defined at the top level
of a module, whose result :data:`LOADED_PIPELINES` keeps per process. The
loader is sent to the workers, not the pipeline: a pickled spaCy pipeline
runs to megabytes (16 for the bundled English one), sent with every task.

Dask is optional: install the ``dask`` extra (``pip install
'news-timeline[dask]'``); :func:`extract_partition` needs only pandas (the
``pandas`` extra). Without them, these functions raise
:class:`~timeline.errors.MissingExtraError` saying which extra to install.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from spacy.language import Language

from timeline.batch import DEFAULT_BATCH_SIZE, DocumentResult, extract_many
from timeline.errors import InvalidSettingError, PipelineError
from timeline.export.json import to_json
from timeline.extras import optional_module
from timeline.times.resolve import AnchoringPolicy

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd

__all__ = [
    "COLUMNS",
    "LOADED_PIPELINES",
    "LoadedPipelines",
    "extract_bag",
    "extract_dataframe",
    "extract_partition",
]

#: The columns of :func:`extract_partition`'s result, in order.
COLUMNS = ("id", "timeline", "error")

_EXTRAS = {"pandas": "pandas", "dask.bag": "dask", "dask.dataframe": "dask"}


class LoadedPipelines:
    """Pipelines made by loader functions, each loaded once per process; safe to share between threads.

    A loader is keyed by its module and qualified name, not by the function
    object: a function defined in a script or a notebook reaches a Dask
    worker by value, as a new object with every task, but always with the
    same name. So it must be defined at the top level of its module (no
    lambda, no function inside a function), and return a finished pipeline
    (as :func:`timeline.pipeline.pipeline` returns it), the same at every call.

    >>> import timeline
    >>> def fast_pipeline():
    ...     return timeline.times_pipeline()
    >>> loaded = LoadedPipelines()
    >>> loaded.get(fast_pipeline) is loaded.get(fast_pipeline)
    True
    >>> loaded.get(lambda: timeline.times_pipeline())
    Traceback (most recent call last):
    ...
    timeline.errors.InvalidSettingError: pipeline_loader must be a function defined at the top level ...
    >>> loaded.clear()
    """

    def __init__(self) -> None:
        self._pipelines: dict[tuple[str, str], Language] = {}
        self._lock = threading.Lock()

    def get(self, loader: Callable[[], Language]) -> Language:
        """The pipeline ``loader`` returns, loaded on the first call in this process and kept."""
        key = _loader_key(loader)
        with self._lock:
            if key not in self._pipelines:
                loaded = loader()
                if not isinstance(loaded, Language):
                    msg = (
                        f"pipeline_loader {key[1]!r} must return a spaCy Language "
                        f"(for example timeline.pipeline()); it returned {type(loaded).__name__}"
                    )
                    raise PipelineError(msg)
                self._pipelines[key] = loaded
            return self._pipelines[key]

    def clear(self) -> None:
        """Forget the loaded pipelines (they are loaded again on next use)."""
        with self._lock:
            self._pipelines.clear()


#: The pipelines of the ``pipeline_loader`` functions given to this module, in this process.
LOADED_PIPELINES = LoadedPipelines()


def _loader_key(loader: object) -> tuple[str, str]:
    module = getattr(loader, "__module__", None)
    name = getattr(loader, "__qualname__", None)
    # "<lambda>" and "f.<locals>.g" name no single function: two of them could share a key.
    if not callable(loader) or not isinstance(module, str) or not isinstance(name, str) or "<" in name:
        msg = (
            "pipeline_loader must be a function defined at the top level of a module, without arguments, "
            f"that returns a pipeline (its name keys each worker's loaded pipeline); got {loader!r}"
        )
        raise InvalidSettingError(msg)
    return module, name


def _module(name: str) -> Any:
    return optional_module(name, extra=_EXTRAS[name])


def _results(
    items: list[Any],
    *,
    pipeline_loader: Callable[[], Language] | None,
    batch_size: int,
    policy: str,
    day_first: bool,
) -> list[DocumentResult]:
    """Every item's result, failures collected; settings are checked even when there are no items."""
    if pipeline_loader is not None:
        _loader_key(pipeline_loader)
    settings: dict[str, Any] = {"batch_size": batch_size, "policy": policy, "day_first": day_first}
    if not items:
        # extract_many checks its settings when called; nothing is loaded until an item is read.
        extract_many((), **settings)
        return []
    nlp = LOADED_PIPELINES.get(pipeline_loader) if pipeline_loader is not None else None
    return list(extract_many(items, errors="collect", nlp=nlp, **settings))


def extract_partition(
    frame: pd.DataFrame,
    *,
    text: str = "text",
    published: str = "published",
    id: str | None = None,
    pipeline_loader: Callable[[], Language] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    policy: str = AnchoringPolicy.NEWS.value,
    day_first: bool = False,
) -> pd.DataFrame:
    """The timelines of one pandas partition: columns ``id``, ``timeline`` (JSON) and ``error``.

    ``text`` and ``published`` name the columns of the texts and their
    publication dates (as :func:`timeline.extract` takes them); ``id`` names
    the column of the ids, else each row is known by its index label. The
    result has the frame's index, and one row per input row: ``timeline`` is
    the compact JSON of :func:`timeline.export.json.to_json`, or missing
    where the row failed; ``error`` says why (``"Type: message"``), or is
    missing. ``pipeline_loader`` (see :class:`LoadedPipelines`), ``batch_size``,
    ``policy`` and ``day_first`` are those of :func:`timeline.extract_many`.

    >>> import pandas as pd
    >>> from timeline.export.json import from_json
    >>> frame = pd.DataFrame({
    ...     "text": ["On Monday, only one was answered.", None],
    ...     "published": ["2020-06-09", "2020-06-09"],
    ...     "url": ["a.html", "b.html"],
    ... })
    >>> result = extract_partition(frame, id="url")
    >>> [entry.label for entry in from_json(result["timeline"][0])]
    ['2020-06-08']
    >>> result.loc[1, ["id", "error"]].tolist()
    ['b.html', 'InvalidTextError: text must be a str; got NoneType']
    """
    pandas = _module("pandas")
    if not isinstance(frame, pandas.DataFrame):
        msg = f"frame must be a pandas DataFrame; got {type(frame).__name__}"
        raise InvalidSettingError(msg)
    for role, column in (("text", text), ("published", published), ("id", id)):
        if column is not None and column not in frame.columns:
            msg = (
                f"the frame has no column {column!r} ({role}=); its columns are {list(frame.columns)}: "
                "name them with text=, published= and id="
            )
            raise InvalidSettingError(msg)
    ids = frame[id] if id is not None else frame.index.to_series()
    # Missing values (None, NaN, NaT) become None, which extract_many refuses with a clear message.
    texts = frame[text].astype(object).where(frame[text].notna(), None).tolist()
    dates = frame[published].astype(object).where(frame[published].notna(), None).tolist()
    results = _results(
        list(zip(texts, dates, range(len(frame)), strict=True)),
        pipeline_loader=pipeline_loader,
        batch_size=batch_size,
        policy=policy,
        day_first=day_first,
    )
    timelines = [to_json(r.timeline, indent=None) if r.timeline is not None else None for r in results]
    errors = [r.error.describe() if r.error is not None else None for r in results]
    result: pd.DataFrame = pandas.DataFrame(
        {
            "id": ids.array,
            "timeline": pandas.array(timelines, dtype="string"),
            "error": pandas.array(errors, dtype="string"),
        },
        index=frame.index,
    )
    return result


def _extract_items(
    items: Iterable[Any],
    *,
    pipeline_loader: Callable[[], Language] | None,
    batch_size: int,
    policy: str,
    day_first: bool,
) -> list[DocumentResult]:
    return _results(
        list(items),
        pipeline_loader=pipeline_loader,
        batch_size=batch_size,
        policy=policy,
        day_first=day_first,
    )


def extract_bag(
    bag: dask.bag.Bag,
    *,
    pipeline_loader: Callable[[], Language] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    policy: str = AnchoringPolicy.NEWS.value,
    day_first: bool = False,
) -> dask.bag.Bag:
    """A Dask bag of :class:`~timeline.batch.DocumentResult` values, one per item of ``bag``, in order.

    Each item is ``(text, publication_date)`` or ``(text, publication_date,
    id)``, as :func:`timeline.extract_many` takes them; give each an id,
    since an item without one is known by its position in its partition.
    Each partition runs through :func:`timeline.extract_many` with
    ``errors="collect"``: a failed item gives a result with an ``error``. The
    settings are checked at once; nothing runs until the bag is computed.

    >>> import dask.bag
    >>> items = dask.bag.from_sequence([("On Monday, only one was answered.", "2020-06-09", "nk")])
    >>> results = extract_bag(items).compute(scheduler="synchronous")
    >>> [(result.id, [entry.label for entry in result.timeline]) for result in results]
    [('nk', ['2020-06-08'])]
    """
    bags = _module("dask.bag")
    if not isinstance(bag, bags.Bag):
        msg = f"bag must be a dask.bag.Bag; got {type(bag).__name__}"
        raise InvalidSettingError(msg)
    settings: dict[str, Any] = {
        "pipeline_loader": pipeline_loader,
        "batch_size": batch_size,
        "policy": policy,
        "day_first": day_first,
    }
    _results([], **settings)
    results: dask.bag.Bag = bag.map_partitions(_extract_items, **settings)
    return results


def extract_dataframe(
    frame: dask.dataframe.DataFrame,
    *,
    text: str = "text",
    published: str = "published",
    id: str | None = None,
    pipeline_loader: Callable[[], Language] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    policy: str = AnchoringPolicy.NEWS.value,
    day_first: bool = False,
) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of each row's ``id``, ``timeline`` (JSON) and ``error``, partition by partition.

    Each partition goes through :func:`extract_partition`, whose arguments
    these are; the result has ``frame``'s partitions and index. The columns
    and settings are checked at once; nothing runs until the frame is computed.

    >>> import dask.dataframe
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["On Monday, only one was answered."], "published": ["2020-06-09"]})
    >>> timelines = extract_dataframe(dask.dataframe.from_pandas(frame, npartitions=1))
    >>> list(timelines.columns)
    ['id', 'timeline', 'error']
    >>> timelines.compute(scheduler="synchronous").loc[0, "error"]
    <NA>
    """
    frames = _module("dask.dataframe")
    if not isinstance(frame, frames.DataFrame):
        msg = f"frame must be a dask.dataframe.DataFrame; got {type(frame).__name__}"
        raise InvalidSettingError(msg)
    settings: dict[str, Any] = {
        "text": text,
        "published": published,
        "id": id,
        "pipeline_loader": pipeline_loader,
        "batch_size": batch_size,
        "policy": policy,
        "day_first": day_first,
    }
    # The empty frame Dask keeps as the collection's model gives the result's model: columns and dtypes.
    meta = extract_partition(frame._meta, **settings)
    results: dask.dataframe.DataFrame = frame.map_partitions(extract_partition, meta=meta, **settings)
    return results
