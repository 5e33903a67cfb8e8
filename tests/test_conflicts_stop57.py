"""Stop 57 (issue 12 item 4, branch h-conf57): where one act happened (``align/places.place_conflicts``), on invented
text.

conflicts57 (BASIL 2010 85475456) holds "he had misspoken about his service during the Norwalk event" (The New York
Times) against "he had misspoken at a 2008 event in Norfolk" (Fox News): one act put in two towns. No rule read a
place, and the fact graph cited the Norwalk speech to the outlet that puts it in Norfolk.
- A conflict "place: …" with each outlet's town, and the sentence of one side not cited for the other.
- Guards: an article naming both places, two acts in two places (one word of the act alike), a sentence naming two
  places (a town and its county), a place inside a quotation, a name the story tags as no place.
The tests of the rule fail on main 66e5725 (no conflict; the fact cites both outlets); the guards pass on both.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bench.conflict_set import check, load
from tests.test_conflicts_stop50 import _conflicts, _story

_DOVER = "Minister Ilse Varga said she had misspoken about the harbour figures at a campaign event in Dover on Tuesday."
_IPSWICH = _DOVER.replace("Dover", "Ipswich")


def test_one_act_in_two_places_is_a_conflict(models):
    brief = _story(models, _DOVER, _IPSWICH)
    assert [(topic.split(":")[0], values) for topic, values in _conflicts(brief)] == [("place", ["Dover", "Ipswich"])]


def test_a_sentence_of_one_side_is_not_cited_for_the_other(models):
    brief = _story(models, _DOVER, _IPSWICH)
    for fact in brief.facts:
        if "harbour figures" in fact.text:
            assert len(fact.sources) == 1, (fact.text, fact.sources)


def test_reading_the_place_of_an_act():
    from newsfuse.align.places import places_in

    known = frozenset({"Dover", "Ipswich", "Kent"})
    [(name, act)] = places_in(_DOVER, known)
    assert name == "Dover" and {"missp", "harbo", "figur", "campa", "event"} <= act
    [(name, act)] = places_in("She said she had misspoken during the Dover event.", known)
    assert name == "Dover" and {"missp", "event"} <= act
    assert places_in('"I misspoke at the event in Dover," Varga said.', known) == []  # the speaker's words
    assert places_in("She had misspoken at an event in The Times.", known) == []  # tagged as no place


def test_an_outlet_naming_both_two_acts_or_two_places_is_no_conflict(models):
    both = _DOVER + " Some reports placed the event in Ipswich, her office said."
    assert _conflicts(_story(models, both, _IPSWICH)) == []
    other_act = "Minister Ilse Varga opened the new harbour clinic in Ipswich on Tuesday with the city's mayor."
    assert _conflicts(_story(models, _DOVER, other_act)) == []
    town_and_county = _IPSWICH.replace("in Ipswich", "in Ipswich, in Kent,")
    assert _conflicts(_story(models, _DOVER, town_and_county)) == []


def test_the_conflicts57_rules_match_their_documents():
    """Each side's rule matches a sentence of every document it lists and a story sits in one split
    (``bench.conflict_set.check``); read from ``$NEWSFUSE_SHARED``, skipped without it."""
    if not (Path(os.environ.get("NEWSFUSE_SHARED", "../shared")) / "bench" / "basil").is_dir():
        pytest.skip("no shared BASIL articles")
    items = load(Path(__file__).resolve().parents[1] / "bench" / "gold" / "conflicts57.jsonl")
    assert len(items) == 23 and check(items) == []
