"""Exports: a Timeline as a readable table or as JSON."""
