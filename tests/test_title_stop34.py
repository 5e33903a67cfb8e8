"""Stop 34 (issue 14): a writer's verdict or a reference back is no title or lede; a study's finding is a
development; a long lede loses its trailing source as a title; a "person" named with a figure is no person.
Invented sentences only."""

from __future__ import annotations

from newsfuse.records import Entity
from newsfuse.summarize.furniture import no_lead, verdict
from newsfuse.summarize.select import development
from newsfuse.summarize.standalone import Introductions
from newsfuse.summarize.title import headline_like


def test_a_wrap_up_opener_is_no_lede_nor_title() -> None:
    for text in (
        "In short, the Zephyr 3 blender isn't the Walkman of kitchens.",
        "In the end, the harbour plan was a costly gamble for the town.",
        "Bottom line: the ferry company bet on the wrong boats.",
        "All things considered, the quarter wasn't bad for the bakery chain.",
    ):
        assert verdict(text) and no_lead(text), text
        assert headline_like(text) is None, text


def test_a_short_negated_comparison_judges() -> None:
    assert verdict("The Zephyr 3 isn't the Walkman.")
    assert not verdict("The Harbour Council approved the new ferry timetable on Tuesday.")
    assert not no_lead("The Harbour Council approved the new ferry timetable on Tuesday.")
    # a longer sentence with a negation is a report, not a verdict
    assert not verdict("The mayor of Eastport was not a candidate in the council election held last week.")


def test_a_reference_back_is_no_lede() -> None:
    assert no_lead("The study, published online Monday in a sailing journal, might matter for more than sailors.")
    assert no_lead("Other letters to be shown at the ceremony include a note from the captain's sister.")
    assert not no_lead("Another storm hit the coast of Eastport on Sunday, cutting power to 4,000 homes.")
    assert headline_like("The report, issued Tuesday, found that lighthouse keepers sleep less.") is None


def test_a_study_finding_is_a_development() -> None:
    assert development(
        "Two cups of cocoa a day lowers blood pressure in older sailors, according to a broad new study of "
        "harbour workers."
    )
    assert development("The survey found that most ferry riders pay in cash.")
    assert not development("Eastport is a harbour town of 9,000 people on the north coast.")


def test_a_long_lede_loses_its_trailing_source_as_title() -> None:
    lede = (
        "Two cups of cocoa a day sharply lowers blood pressure in older sailors, while rowing on weekends lowers it "
        "further, according to a broad review of research on the diet, sleep and exercise of harbour workers."
    )
    assert headline_like(lede) == (
        "Two cups of cocoa a day sharply lowers blood pressure in older sailors, while rowing on weekends lowers it "
        "further."
    )
    wreck = (
        "The hull of a cargo ship that sank off Eastport in a winter storm 40 years ago has been left on the sea bed "
        "out of respect for its crew, one of the divers who found the wreck said on Monday."
    )
    assert headline_like(wreck) == (
        "The hull of a cargo ship that sank off Eastport in a winter storm 40 years ago has been left on the sea bed "
        "out of respect for its crew."
    )


def test_a_name_with_a_figure_is_no_person() -> None:
    entities = [
        Entity(name="Zephyr 3", type="PERSON", aliases=["Zephyr"], sources=["S1"]),
        Entity(name="Anna Holt", type="PERSON", aliases=["Holt"], sources=["S1"]),
        Entity(name="Zephyr Kitchen Inc.", type="ORG", aliases=[], sources=["S1"]),
    ]
    intros = Introductions(entities, [])
    assert "Zephyr" not in intros.full
    assert intros.full["Holt"] == ("Anna Holt",)


def test_a_review_credit_line_is_no_lede() -> None:
    assert no_lead("Starring Anna Holt and Piet van Dam.")
    assert no_lead("Directed by Anna Holt.")
    assert not no_lead("Anna Holt starred in the harbour drama that opened in Eastport on Friday.")


def test_a_title_taken_and_given_is_a_development() -> None:
    assert development("The runner-up, Anna Holt, was awarded the crown after the winner was stripped of her title.")
    assert development("Piet van Dam was crowned harbour king of Eastport.")
