"""A griffe extension for the API reference: docstrings read as Markdown.

The library's docstrings are prose with ``>>>`` examples (run by pytest) and
reStructuredText roles (:class:`~timeline.model.Timeline`). Markdown would
read ``>>>`` as nested block quotes and the output lines as text, so each
example (the run of lines from a ``>>>`` line to the next blank line) becomes
a fenced ``pycon`` block, and each role becomes a code span of its target
(the last name only after ``~``). Loaded by mkdocs.yml; not a test module.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|meth|func|mod|data|attr|exc|obj|const):`(~?)([^`]+)`")


def _role(match: re.Match[str]) -> str:
    target = match.group(2)
    return f"`{target.rsplit('.', 1)[-1] if match.group(1) else target}`"


def markdown_docstring(text: str) -> str:
    """``text`` with its doctest examples fenced and its roles turned into code spans."""
    lines = text.splitlines()
    result: list[str] = []
    in_example = False
    in_fence = False
    indent = ""
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        if in_example and not stripped:
            result.append(f"{indent}```")
            in_example = False
        if not in_fence and not in_example and stripped.startswith(">>>"):
            indent = line[: len(line) - len(line.lstrip())]
            result.extend(("", f"{indent}```pycon"))
            in_example = True
        result.append(line if in_example or in_fence else _ROLE.sub(_role, line))
    if in_example:
        result.append(f"{indent}```")
    return "\n".join(result)


class DoctestBlocks(griffe.Extension):
    """Rewrite every docstring for Markdown as it is loaded."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Fence the examples of ``obj``'s docstring."""
        if obj.docstring is not None:
            obj.docstring.value = markdown_docstring(obj.docstring.value)
