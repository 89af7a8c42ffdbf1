"""The error hierarchy: one base class, each also a fitting builtin."""

from __future__ import annotations

import pytest

import timeline
from timeline import errors
from timeline.errors import (
    InvalidPublicationDateError,
    InvalidSettingError,
    InvalidTextError,
    PipelineError,
    TimelineError,
)


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (InvalidPublicationDateError, ValueError),
        (InvalidTextError, TypeError),
        (InvalidSettingError, ValueError),
        (PipelineError, ValueError),
    ],
)
def test_each_error_is_a_timeline_error_and_a_builtin(
    error: type[TimelineError], builtin: type[Exception]
) -> None:
    assert issubclass(error, TimelineError)
    assert issubclass(error, builtin)
    with pytest.raises(builtin, match="what went wrong"):
        raise error("what went wrong")


def test_base_is_an_exception_but_no_builtin_value_or_type_error() -> None:
    assert issubclass(TimelineError, Exception)
    assert not issubclass(TimelineError, ValueError | TypeError)


def test_all_lists_every_error() -> None:
    assert sorted(errors.__all__) == sorted(
        name for name in vars(errors) if name.endswith("Error") and not name.startswith("_")
    )


def test_errors_are_exported_by_the_package() -> None:
    for name in errors.__all__:
        assert getattr(timeline, name) is getattr(errors, name)
