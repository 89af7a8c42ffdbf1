"""Temporal reasoning: relations as endpoint constraints, closure, consistency and bounds."""
