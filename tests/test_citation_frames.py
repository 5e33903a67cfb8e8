"""Stop 36: citations that share only words (align/citation_check.py, align/actors.py ``Frame``). Invented text."""

from __future__ import annotations

from newsfuse.align import citation_check, story_pairs
from newsfuse.align.actors import Frame

SHOWN = "The mayor raised questions about the message that the curfew sends to teenagers."
DENIED = "But she didn't offer a real opinion on the curfew."


def test_a_negated_act_does_not_back_the_act() -> None:
    shown, cited = (
        Frame(SHOWN, False, False),
        Frame(DENIED, False, True, "she didn't offer a real opinion on the curfew"),
    )
    assert citation_check.turns_polarity((shown, cited), (SHOWN, DENIED))
    assert citation_check.turns_polarity((cited, shown), (DENIED, SHOWN))


def test_a_negation_of_another_act_denies_nothing_shared() -> None:
    shown = "Many were angry at the father, who called it “twenty minutes of fun.”"
    cited = "You will never be defined by what the father called “twenty minutes of fun.”"
    frames = (Frame(shown, False, False), Frame(cited, False, True, "You will never be defined by "))
    assert not citation_check.turns_polarity(frames, (shown, cited))


def test_a_refusal_told_in_other_words_still_backs() -> None:
    refused = "The mayor refused to comment on the curfew."
    not_said = "The mayor did not comment on the curfew."
    assert not citation_check.turns_polarity(
        (Frame(refused, False, False), Frame(not_said, False, True)), (refused, not_said)
    )


def test_a_short_sentence_needs_all_its_words() -> None:
    shown = story_pairs.content_words("they all said yes.")
    assert citation_check.misses_short(shown, story_pairs.content_words("All of us."))
    assert not citation_check.misses_short(shown, story_pairs.content_words("All of them said yes to the plan."))


def test_the_background_of_a_person_backs_no_other_act() -> None:
    shown = (
        "Judge Ann Varga, who is under fire for her lenient sentence of Tom Reed, a former college rower convicted "
        "of fraud, made several disputed rulings in a 2012 civil trial over a harbour lease."
    )
    core = "Judge Ann Varga, made several disputed rulings in a 2012 civil trial over a harbour lease."
    cited = (
        "A senator called today for the removal of the judge who gave a former college rower convicted of fraud "
        "a lenient sentence."
    )
    # the story's other sentences: the judge, the senator and the trial are what it is about
    other = [f"The judge and the senator spoke in court on day {k}, a trial lawyer said." for k in range(8)]
    other += ["The harbour lease went to trial in 2012.", "Reed was convicted of fraud.", "The rower was convicted."]
    items = [story_pairs.content_words(t) for t in (shown, cited, *other)]
    idf = story_pairs.story_idf(items)
    cited_words = story_pairs.content_words(cited)
    assert citation_check.states(items[0], cited_words, idf, len(items), (shown, cited))  # the whole sentence passes
    assert citation_check.tells_background_only(core, cited_words, idf, len(items), (shown, cited))
    told = "Varga made several disputed rulings in the 2012 harbour lease trial, lawyers said."
    assert not citation_check.tells_background_only(
        core, story_pairs.content_words(told), idf, len(items), (shown, told)
    )


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
