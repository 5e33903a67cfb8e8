"""The brief's tail reads the sentence scores and the articles' voices once (docs/speed.md, stop 42): the summary's
ranking, the timeline, the facts' marks and the title each computed them again from the same story. Checked: each is
computed once per brief, and the summary, title and timeline given them equal those that compute their own."""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import pytest

from newsfuse import pipeline
from newsfuse.summarize import select, timeline, title, voice

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _counted(monkeypatch: pytest.MonkeyPatch, calls: dict[str, int]) -> None:
    """Count ``sentence_scores`` and ``voice.read`` wherever the brief's modules call them."""
    scores, read = select.sentence_scores, voice.read

    def counted_scores(*args: Any, **kwargs: Any) -> np.ndarray:
        calls["scores"] += 1
        return scores(*args, **kwargs)

    def counted_read(*args: Any, **kwargs: Any) -> voice.Voices:
        calls["voices"] += 1
        return read(*args, **kwargs)

    for module in (pipeline, select, timeline):
        monkeypatch.setattr(module, "sentence_scores", counted_scores, raising=False)
    for module in (pipeline, select, title):
        monkeypatch.setattr(module, "read_voices", counted_read)


def _example_story(fast_models: Any) -> tuple[Any, list[Any]]:
    """The bundled example analysed, and the story ``pipeline._brief`` is given."""
    from newsfuse.options import Options

    given: list[Any] = []
    brief = pipeline._brief

    def keep(story: Any, *args: Any, **kwargs: Any) -> Any:
        given.append(story)
        return brief(story, *args, **kwargs)

    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(pipeline, "_brief", keep)
            result = pipeline.brief_from_paths(["examples/lake-tessel-summit"], Options(), fast_models)
    finally:
        os.chdir(cwd)
    return result, given


def test_a_brief_computes_the_scores_and_the_voices_once(fast_models: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"scores": 0, "voices": 0}
    _counted(monkeypatch, calls)
    brief, _ = _example_story(fast_models)
    assert brief.summary and brief.title
    assert calls == {"scores": 1, "voices": 1}


def test_given_scores_and_voices_change_nothing(fast_models: Any) -> None:
    from newsfuse.align import align
    from newsfuse.align.rewrites import source_roots
    from newsfuse.options import Options

    options = Options()
    _, given = _example_story(fast_models)
    story = given[0]
    alignment = align(story, options, fast_models)
    units, graph = alignment.units, alignment.graph
    copy_of = source_roots(story.articles, alignment.retells)
    scores = select.sentence_scores(story, units, copy_of, graph)
    kept = scores.copy()
    voices = voice.read(story)
    args = (story, units, options, copy_of, graph, fast_models.parse, alignment.backing, alignment.whole_items)
    own = select.summarize(*args)
    assert select.summarize(*args, scores=scores, voices=voices) == own
    assert np.array_equal(scores, kept)  # the ranking weighs its own copy
    assert title.choose_title(story, own, fast_models.embedder, voices) == title.choose_title(
        story, own, fast_models.embedder
    )
    assert title.lead_title(story, None, voices) == title.lead_title(story, None)
    line = {"graph": graph, "parse": fast_models.parse, "backing": alignment.backing}
    assert timeline.build_timeline(story, units, copy_of, values=scores, **line) == timeline.build_timeline(
        story, units, copy_of, **line
    )
    assert np.array_equal(scores, kept)


def test_align_reads_the_support_map_of_the_units_made_before(
    fast_models: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The brief's sentence units (made while the quotes are encoded) carry the support map they were built from,
    and ``align`` uses it: one support map per brief, and the alignment equals one that makes its own."""
    from newsfuse.align import alignment
    from newsfuse.options import Options

    options = Options()
    _, given = _example_story(fast_models)
    story = given[0]
    grouped = alignment.sentence_units(story, options)
    assert grouped.support is not None
    made: list[int] = []
    support_map = alignment.support_map

    def counted(*args: Any, **kwargs: Any) -> Any:
        made.append(1)
        return support_map(*args, **kwargs)

    monkeypatch.setattr(alignment, "support_map", counted)
    ahead = alignment.align(story, options, fast_models, grouped=grouped)
    assert made == [] and ahead.support is grouped.support
    own = alignment.align(story, options, fast_models)
    assert made == [1]
    assert [u.members for u in ahead.units.units] == [u.members for u in own.units.units]
    assert ahead.units.unit_of == own.units.unit_of and np.array_equal(ahead.units.similarity, own.units.similarity)
    assert ahead.facts == own.facts and ahead.conflicts == own.conflicts and ahead.whole_items == own.whole_items
    assert ahead.support.sources == own.support.sources and ahead.support.matches == own.support.matches
    assert np.array_equal(ahead.support.similarity, own.support.similarity)
