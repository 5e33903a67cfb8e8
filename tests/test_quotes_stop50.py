"""Stop 50 (issue 13: the tune half of the basil50 check set and stop 49's leftovers): each test on invented text;
the speaker is the one the text says spoke, or null ("unattributed"), never a piece of a group, the subject of a
subordinate clause the parse hung the words on, nor a name read as a common word."""

from __future__ import annotations


def _by_text(found, words: str, kind: str | None = None):
    return next(a for a in found if a.text.startswith(words) and (kind is None or a.kind == kind))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_name_also_written_as_a_handle_is_no_common_word(attribute_parsed) -> None:
    """ "… the chain of messages with @keldwatch …" // "“…,” Keldwatch wrote.": the handle in lower case does not
    make the group's name a capitalised common word (BASIL dd1e6e3b, Fox, left WikiLeaks's messages unattributed)."""
    found = attribute_parsed(
        [
            "Mayor Tom Brant posted the entire chain of messages with @keldwatch on Monday night.",
            "The group Keldwatch first wrote to him in September, the messages show.",
            "“A site run by the council is about to launch. We have guessed the password,” Keldwatch wrote.",
        ]
    )
    assert _name(_by_text(found, "A site run")) == "Keldwatch"


def test_two_named_people_giving_a_statement_together_are_both_its_speakers(attribute_parsed) -> None:
    """ "“…,” House Speaker Ada Brant and Senate Leader Tom Reyes said in a statement.": the words are both theirs,
    not nobody's; "They vowed …" after it is the two of them (BASIL 3ae35b16, Fox and the NYT, left Pelosi's and
    Schumer's joint statement unattributed)."""
    found = attribute_parsed(
        [
            "The mayor's plan drew fierce opposition from the council.",
            "“This is plainly a power grab by a disappointed mayor who has gone outside the law,” House Speaker Ada "
            "Brant and Senate Leader Tom Reyes said in a statement.",
            "They vowed the council would “defend our authorities in the chamber and in the courts.”",
        ]
    )
    assert _name(_by_text(found, "This is plainly", "direct")) == "Ada Brant and Tom Reyes"
    assert _name(_by_text(found, "defend our authorities", "partial")) == "Ada Brant and Tom Reyes"


def test_a_group_of_places_still_speaks_for_no_one_member(attribute_parsed) -> None:
    """Guard: stop 46's rule stands for anything but two named people ("Nebraska and Oklahoma complained about a
    “…”" names no speaker); it passes on main too."""
    found = attribute_parsed(
        [
            "“The influx of cheap water has hurt our farmers for years,” Nebraska and Oklahoma said in a joint filing.",
        ]
    )
    assert _name(_by_text(found, "The influx", "direct")) is None


def test_by_saying_after_a_when_clause_is_the_explainer(attribute_parsed) -> None:
    """ "Mr. Brant explained his failure to fix the bridge during his first year in office when the Greens controlled
    the council by saying, “…”": the parse hangs "by saying" on the "when" clause; the one who explains says it, not
    the clause's subject (BASIL 3ae35b16, NYT, gave Trump's words to "Republicans" and left them out)."""
    found = attribute_parsed(
        [
            "Mayor Tom Brant spoke for an hour on Friday.",
            "Sounding alternately defensive and aggrieved, Mr. Brant explained his failure to fix the bridge during "
            "his first two years in office when the Greens controlled the council by saying, “I was a little new to "
            "the job.”",
        ]
    )
    assert _name(_by_text(found, "I was a little new")) == "Tom Brant"
