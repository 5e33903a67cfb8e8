"""Stop 58 (issue 12 item 4, branch h-conf58): a town written with its abbreviated state is a place
(``align/places.place_conflicts``), on invented text.

conflicts58 (BASIL 2011 c21cb217) holds "a student at Whatcom Community College in Bellingham, Wash." (The New York
Times) against "a female college student in Seattle" (HuffPost): one person put in two towns. The place rule read no
place in a chain ("in Ipswich, in Kent"), so the agencies' "Town, St." gave none.
- A conflict "place: …" with each outlet's town; the town, not its state, is the place read.
- Guards: the other outlet naming only the state ("in Washington State"; here "in Oregon" against "Salem, Ore."),
  a chain with a full region name ("in Ipswich, in Kent", "Springfield, Illinois") still gives no place.
The tests of the rule fail on main d8d76bd (no conflict; no place read); the guards pass on both.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bench.conflict_set import check, load
from tests.test_conflicts_stop50 import _conflicts, _story

_SALEM = "The council said the stolen letter was mailed to a retired nurse in Salem, Ore., on Tuesday."
_BOISE = "The council said the stolen letter was mailed to a retired nurse in Boise on Tuesday."


def test_a_town_with_its_abbreviated_state_against_another_town_is_a_conflict(models):
    brief = _story(models, _SALEM, _BOISE)
    assert [(topic.split(":")[0], values) for topic, values in _conflicts(brief)] == [("place", ["Boise", "Salem"])]


def test_reading_a_town_with_its_state():
    from newsfuse.align.places import places_in

    known = frozenset({"Salem", "Ore.", "Boise", "Ipswich", "Kent", "Springfield", "Illinois", "N.Y.", "Albany"})
    [(name, act)] = places_in(_SALEM, known)
    assert name == "Salem" and {"maile", "retir", "nurse"} <= act
    [(name, _)] = places_in("The letter was mailed to a nurse in Albany, N.Y., last week.", known)
    assert name == "Albany"
    assert places_in("The letter was mailed to a nurse in Ipswich, in Kent, last week.", known) == []
    assert places_in("The letter was mailed to a nurse in Springfield, Illinois, last week.", known) == []


def test_a_town_against_its_own_state_is_no_conflict(models):
    state = _BOISE.replace("in Boise", "in Oregon")
    assert _conflicts(_story(models, _SALEM, state)) == []


def test_the_conflicts58_rules_match_their_documents():
    """Each side's rule matches a sentence of every document it lists and a story sits in one split
    (``bench.conflict_set.check``); read from ``$NEWSFUSE_SHARED``, skipped without it."""
    if not (Path(os.environ.get("NEWSFUSE_SHARED", "../shared")) / "bench" / "basil").is_dir():
        pytest.skip("no shared BASIL articles")
    items = load(Path(__file__).resolve().parents[1] / "bench" / "gold" / "conflicts58.jsonl")
    assert len(items) == 17 and check(items) == []
