"""Every public callable has a docstring with a runnable ``>>>`` example (they run as doctests)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator

import timeline


def _modules() -> Iterator[str]:
    for info in pkgutil.walk_packages(timeline.__path__, prefix="timeline."):
        if not info.name.endswith("__main__"):
            yield info.name


def _examples(value: object) -> list[str]:
    return [line for line in (inspect.getdoc(value) or "").splitlines() if line.lstrip().startswith(">>>")]


def _public_callables() -> Iterator[tuple[str, object, list[str]]]:
    """Each public callable with its ``>>>`` lines; a method also counts its class's lines that use it."""
    for name in _modules():
        module = importlib.import_module(name)
        for exported in getattr(module, "__all__", ()):
            value = getattr(module, exported)
            if not callable(value) or getattr(value, "__module__", None) != name:
                continue
            yield f"{name}.{exported}", value, _examples(value)
            if inspect.isclass(value):
                for member_name, member in vars(value).items():
                    if member_name.startswith("_"):
                        continue
                    function = member.__func__ if isinstance(member, classmethod | staticmethod) else member
                    if inspect.isfunction(function):
                        used = [line for line in _examples(value) if f".{member_name}" in line]
                        yield f"{name}.{exported}.{member_name}", function, _examples(function) + used


def test_every_public_callable_has_an_example() -> None:
    missing = [name for name, _, examples in _public_callables() if not examples]
    assert not missing, "public callables without a >>> example:\n" + "\n".join(missing)


def test_there_are_public_callables() -> None:
    assert len(list(_public_callables())) > 30
