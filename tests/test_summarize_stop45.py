"""Stop 45 (issue 14, the summary an editor would sign): a reference after a leading "To ..." phrase ("To our
knowledge, such an analysis ...") needs the sentence before it (summarize/standalone.py ``_LEADING_ADVERBIAL``).
Invented text."""

from __future__ import annotations

from newsfuse.summarize.standalone import needs_context


def test_a_reference_after_a_leading_to_phrase_needs_context() -> None:
    # "To our knowledge, such an analysis ..." followed a sentence about another study in Multi-News row 118
    # (editor re-read, stop 44): "such" points at the study the sentence before named
    assert needs_context("To our knowledge, such a survey of the Keld quay has not been published before.")
    assert needs_context("To find out, she and her colleagues measured the harbour floor.")
    assert not needs_context("To date, the Keld board has paid 3 million euros to the dock workers.")
