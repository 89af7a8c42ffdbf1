"""TimeML: reading annotated corpora (TempEval-3, TimeBank, AQUAINT) and writing system annotations.

:func:`read_timeline` turns a gold document into a :class:`~timeline.model.Timeline`;
:func:`write_timeline` writes a timeline as TimeML.
"""

from timeline.timeml.timeline_reader import parse_timeline, read_timeline
from timeline.timeml.timeline_writer import write_timeline

__all__ = ["parse_timeline", "read_timeline", "write_timeline"]
