"""Stop 36: citations that share only words (align/citation_check.py, align/actors.py ``Frame``). Invented text."""

from __future__ import annotations

from newsfuse.align import citation_check, story_pairs
from newsfuse.align.actors import Frame

SHOWN = "The mayor raised questions about the message that the curfew sends to teenagers."
DENIED = "But she didn't offer a real opinion on the curfew."


def test_a_negated_act_does_not_back_the_act() -> None:
    shown, cited = (
        Frame(False),
        Frame(True, "she didn't offer a real opinion on the curfew"),
    )
    assert citation_check.turns_polarity((shown, cited), (SHOWN, DENIED))
    assert citation_check.turns_polarity((cited, shown), (DENIED, SHOWN))


def test_a_negation_of_another_act_denies_nothing_shared() -> None:
    shown = "Many were angry at the father, who called it “twenty minutes of fun.”"
    cited = "You will never be defined by what the father called “twenty minutes of fun.”"
    frames = (Frame(False), Frame(True, "You will never be defined by "))
    assert not citation_check.turns_polarity(frames, (shown, cited))


def test_a_refusal_told_in_other_words_still_backs() -> None:
    refused = "The mayor refused to comment on the curfew."
    not_said = "The mayor did not comment on the curfew."
    assert not citation_check.turns_polarity((Frame(False), Frame(True)), (refused, not_said))


def test_a_short_sentence_needs_all_its_words() -> None:
    shown = story_pairs.content_words("they all said yes.")
    assert citation_check.misses_short(shown, story_pairs.content_words("All of us."))
    assert not citation_check.misses_short(shown, story_pairs.content_words("All of them said yes to the plan."))


def test_two_outlets_quoting_one_letter_word_for_word_are_two_tellings() -> None:
    """Row 103 (stop 35 read): lines of an open letter that one outlet prints whole and another quotes were
    single-source with both outlets cited; an outlet reprinting another's own sentence still tells it once."""
    from newsfuse.align.units import one_per_telling, quoted_keys, telling_key, verbatim_key
    from newsfuse.records import Quote

    line = "Your courage will be remembered by every student of this small town for years to come."
    quoted = quoted_keys([Quote(text="I admire you. " + line, speaker="Ann Varga", sources=["S2"])])
    tellings = {source: {telling_key(line, quoted.get(source, []))} for source in ("S1", "S2")}
    assert one_per_telling(["S1", "S2"], tellings) == ["S1", "S2"]
    reprinted = {"S1": {verbatim_key(line)}, "S2": {telling_key(line, quoted.get("S1", []))}}
    assert one_per_telling(["S1", "S2"], reprinted) == ["S1"]
