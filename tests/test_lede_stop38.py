"""A sentence that adds to what came before cannot open a story, however long its subject (editor read #8, Multi-News
row 112: "Senate Majority Leader Harry Reid also signed off on the deal …" stood in for the dropped lede)."""

from __future__ import annotations

from newsfuse.summarize.furniture import no_lead


def test_also_after_a_long_subject_is_no_lede() -> None:
    assert no_lead("Keld Harbour Authority chief Ada Brant also signed off on the deal late Sunday.")
    assert no_lead("Brant also signed off on the deal late Sunday.")
    assert not no_lead("Keld Harbour Authority chief Ada Brant signed off on the deal late Sunday.")
    # "also" further into the sentence is no reference back to the sentence before
    assert not no_lead("The council voted on Monday to reopen the pier, and the harbour will also get new lights.")
