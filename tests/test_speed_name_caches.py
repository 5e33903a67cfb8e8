"""Names cleaned once per process: ``clean_surface`` and ``strip_titles`` are asked for a story's few
hundred names thousands of times in a brief (docs/speed.md, stop 40)."""

from __future__ import annotations

from newsfuse.nlp.aliases import clean_surface, strip_titles

NAMES = ["the Harbour Board’s", "President Mara Ilven", "  Mara   Ilven, ", "Several ferry operators", "Dr."]


def test_names_are_cleaned_once_and_alike() -> None:
    for function in (clean_surface, strip_titles):
        expected = [function.__wrapped__(name) for name in NAMES]  # type: ignore[attr-defined]
        before = function.cache_info().hits  # type: ignore[attr-defined]
        assert [function(name) for name in NAMES] == expected
        assert [function(name) for name in NAMES] == expected
        assert function.cache_info().hits - before >= len(NAMES)  # type: ignore[attr-defined]
    assert clean_surface("the Harbour Board’s") == "Harbour Board"
    assert strip_titles("President Mara Ilven") == "Mara Ilven"
