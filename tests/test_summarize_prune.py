"""Deletion-only pruning by the parse (summarize/prune.py): a non-restrictive relative clause goes; a
figure, a name, a negation, a restrictive clause and a quotation stay."""

from __future__ import annotations

import pytest
from tests.test_summarize_standalone import findable

from newsfuse.summarize.prune import prune


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dana Whitfield, who has run the bakery since the spring, said the ovens would be replaced.",
            "Dana Whitfield said the ovens would be replaced.",
        ),
        (
            "The council approved the plan for the river park, which residents had opposed for years.",
            "The council approved the plan for the river park.",
        ),
        # editor read, stop 32 (row 161): the clause's closing comma also closes the apposition before it
        (
            "Dana Whitfield, 54, who has run the bakery since the spring, is also facing charges of fraud.",
            "Dana Whitfield, 54, is also facing charges of fraud.",
        ),
        # editor read #10 (stop 39, BASIL 2013): an opening phrase's comma before the name is no apposition's
        (
            "Speaking on the radio on Friday evening, Dana Whitfield, who has run the bakery since the spring, said "
            "the ovens would be replaced.",
            "Speaking on the radio on Friday evening, Dana Whitfield said the ovens would be replaced.",
        ),
    ],
)
def test_non_restrictive_material_is_deleted(models, text: str, expected: str) -> None:
    shorter = prune(text, models.parse)
    assert shorter == expected
    assert findable(shorter, text)


@pytest.mark.parametrize(
    "text",
    [
        # restrictive: which plan is meant
        "The council rejected the plan that residents had drawn up over the winter.",
        # a figure or a name is what makes the clause news
        "Dana Whitfield, who has run the bakery for 12 years, said the ovens would be replaced.",
        "Dana Whitfield, who employs eight bakers, said the ovens would be replaced next month.",
        "The council approved the plan for the river park, which Mayor Ines Kolar had opposed.",
        # a negation, and someone's words, are given whole
        "The council approved the plan for the river park, which nobody had opposed.",
        # a participial phrase and a leading time are no relative clause (measured, not kept: prune.py)
        "The storm flooded the coastal road on Friday, forcing drivers to turn back toward the town.",
        "On Friday, the storm flooded the coastal road and the bridge to the town.",
        "“The mill, which we built together, will stay open,” Dana Whitfield said on Monday.",
        # the clause is the ground of a comparison (editor read, stop 31, row 245: "Unlike many other rescue dogs
        # Yumenosuke kept gazing at the fallen lumber." lost what the others do)
        "Unlike most other sheepdogs, which are trained to bark at strays, the collie kept watching the gate.",
        "Like the old ferry, which sailed twice a day, the new boat will call at the island on weekdays.",
        # the clause tells a finding or a claim of its own (editor read, stop 37, rows 110 and 92)
        "When the police arrived on Sunday, they followed a trail of blood to the van, where they found rifles and "
        "maps of the harbour.",
        "The group was shocked when its leader was revealed to be a web developer named Tomas Reyne, who has said "
        "that his wife is a pastor.",
        "The group was shocked when its leader was revealed to be a web developer named Tomas Reyne, whose wife is "
        "Jewish.",
    ],
)
def test_what_carries_the_news_stays(models, text: str) -> None:
    assert prune(text, models.parse) == text
