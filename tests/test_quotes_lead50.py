"""Stop 50, lead: a quoted question that ends in a comma inside its marks, answered in the same sentence (editor read
#21, BASIL 2013: 'Asked by one of Ms. Rice's aides, “Is this the final language …,” Mr. Rhodes replied with a single
word: “Yup.”' was one quote, "Is this the final language … Yup.", credited to Rhodes): two quotations now. Fails on
main 26c8f92."""

from __future__ import annotations

from tests.test_quotes_editor42 import _by_text, _name


def test_a_question_ending_in_a_comma_is_not_the_answer(attribute_parsed) -> None:  # type: ignore[no-untyped-def]
    found = attribute_parsed(
        [
            "Tom Kurt, the mayor's deputy, reviewed the statement on Saturday.",
            "Asked by one of the governor’s aides, “Is this the final wording you want to use on the levy,” Mr. Kurt "
            "replied with a single word: “Yup.”",
        ]
    )
    answer = _by_text(found, "Yup")
    assert "wording" not in answer.text
    assert _name(answer) == "Tom Kurt"
    # left (stop 50): the question itself is still credited to Kurt, through the reported-speech span that holds it
