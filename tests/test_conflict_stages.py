"""The stage bench (bench/conflict_stages.py, stop 59): each real disagreement is named by the first stage it does not
pass. Invented sentences; a stand-in for the analysed story carries only what the stages read."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import numpy as np
from bench.conflict_stages import STAGES, Staged, readings, real_items, trace
from bench.facts_gold import GoldConflict, GoldItem

from newsfuse.align.units import quantities_of
from newsfuse.options import Options
from newsfuse.records import Sentence

TEXTS = [
    ("S1", "The storm killed 12 people in the port on Tuesday."),
    ("S2", "The storm killed 15 people in the port on Tuesday."),
    ("S1", "The mayor thanked the volunteers."),
    ("S2", "Crews cleared the roads of fallen trees."),
]


def _staged(similarity: float, emitted: list[dict[str, Any]], shown: list[dict[str, Any]]) -> Staged:
    sentences = [Sentence(a, k, 0, t, 0, len(t)) for k, (a, t) in enumerate(TEXTS)]
    story = SimpleNamespace(sentences=sentences, dates=[], mentions=[])
    matrix = np.full((len(TEXTS), len(TEXTS)), 0.1)
    matrix[0, 1] = matrix[1, 0] = similarity
    staged = Staged.__new__(Staged)
    staged.story, staged.options, staged.models = story, Options(), None
    staged.support = cast(Any, SimpleNamespace(similarity=matrix))
    staged.units = cast(Any, SimpleNamespace(quantities=[quantities_of(t) for _, t in TEXTS]))
    staged.emitted, staged._shown = emitted, shown
    return staged


def _conflict(first: str = "killed 12", second: str = "killed 15") -> GoldConflict:
    sides = [GoldItem("a", [[first]], ["S1"]), GoldItem("b", [[second]], ["S2"])]
    return GoldConflict(id="toll", what="death toll", sides=sides)


def _claims(*pairs: tuple[str, str]) -> dict[str, Any]:
    return {"claims": [{"text": t, "value": "", "sources": [s]} for s, t in pairs]}


TOLL = _claims(("S1", TEXTS[0][1]), ("S2", TEXTS[1][1]))


def test_each_stage_named() -> None:
    assert trace(_staged(0.8, [TOLL], [TOLL]), _conflict()).stage == "found"
    assert trace(_staged(0.8, [TOLL], []), _conflict()).stage == "after"  # emitted, not shown
    assert trace(_staged(0.8, [], []), _conflict()).stage == "refused"  # one slot read on both
    assert trace(_staged(0.2, [], []), _conflict()).stage == "no pair"  # under the 0.40 floor
    assert trace(_staged(0.8, [], []), _conflict("killed 12", "nothing like it")).stage == "no side"


def test_nothing_read_when_no_kind_is_shared() -> None:
    staged = _staged(0.1, [], [])
    staged.support.similarity[2, 3] = staged.support.similarity[3, 2] = 0.7
    traced = trace(staged, _conflict("thanked the volunteers", "cleared the roads"))
    assert traced.stage == "nothing read"
    assert traced.similarity == 0.7


def test_readings_name_the_slot() -> None:
    staged = _staged(0.8, [], [])
    assert "count:death" in readings(staged.story, staged.units, 0)
    assert not readings(staged.story, staged.units, 2)
    assert STAGES[-1] == "found"


def test_every_set_gives_real_tune_items() -> None:
    sets = {name for name, _, _ in real_items("tune")}
    assert sets == {"conflicts52", "conflicts54", "conflicts57", "conflicts58", "gold"}


def test_look_alikes_of_every_set() -> None:
    looks = real_items("tune", "look-alike")
    assert {name for name, _, _ in looks} == {"conflicts52", "conflicts54", "conflicts57", "conflicts58", "gold"}
    real = {conflict.id for _, _, conflict in real_items("tune")}
    assert not real & {conflict.id for _, _, conflict in looks}
