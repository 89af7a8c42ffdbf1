"""Pictures of a timeline: :func:`render` draws one as a self-contained HTML page."""

from timeline.render.html import render

__all__ = ["render"]
