"""Summarize stage: choose, order and cite the sentences of the brief."""

from newsfuse.summarize.select import summarize

__all__ = ["summarize"]
