"""Exports: a Timeline as a readable table, JSON (and back), CSV, a pandas DataFrame, or any of them by name.

TimeML is written by :mod:`timeline.timeml` and the picture drawn by :mod:`timeline.render`;
:mod:`timeline.export.formats` offers them all under the names the command line uses.
"""
