"""Optional modules: imported when installed, else an error that names the extra to install."""

from __future__ import annotations

import sys

import pytest

from timeline.errors import MissingExtraError
from timeline.extras import optional_module


def test_an_installed_module_is_returned() -> None:
    assert optional_module("json", extra="none") is sys.modules["json"]


def test_a_missing_module_names_what_needs_it_and_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # what an import sees when pandas is not installed
    with pytest.raises(MissingExtraError) as raised:
        optional_module("pandas", extra="pandas", needed_by="a DataFrame")
    assert str(raised.value) == (
        "a DataFrame needs pandas, which is not installed; "
        "install the extra: pip install 'news-timeline[pandas]'"
    )
    assert isinstance(raised.value, ImportError)
