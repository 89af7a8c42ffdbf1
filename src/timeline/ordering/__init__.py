"""Ordering: from links to placed events, and from placed events to a Timeline."""
