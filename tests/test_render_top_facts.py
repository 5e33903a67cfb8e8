"""The Markdown and HTML facts sections show facts a reader can take alone (editor read, stop 35, Multi-News row
96: "He was 89." was shown as a top corroborated fact and named nobody); the JSON keeps every fact."""

from __future__ import annotations

from newsfuse.records import Fact, SummaryItem
from newsfuse.render.markdown import top_facts


def test_a_fact_with_a_pronoun_subject_or_an_unnamed_speaker_is_left_to_the_json() -> None:
    facts = [
        Fact("He was 89.", ["S1", "S2"], "corroborated", "F1", 3.0),
        Fact("Ilse Varga, the mayor of Keld, died on Tuesday at her home.", ["S1", "S2"], "corroborated", "F2", 2.0),
        Fact("“The harbour will be rebuilt by May,” she said.", ["S2"], "single_source", "F3", 1.5),
        Fact("The harbour of Keld will be rebuilt by May, the council said.", ["S2"], "single_source", "F4", 1.0),
    ]
    shown = [f.id for f in top_facts(facts)]
    assert shown == ["F2", "F4"]
    assert [f.id for f in top_facts(facts, per_status=1)] == ["F2", "F4"]


def test_a_fact_the_summary_states_is_not_shown_twice_but_a_disputed_one_is() -> None:
    """Editor read, stop 35 (rows 103, 104, 106): 13 of 28 key facts were in neither the summary nor the facts
    section, while the facts section repeated summary sentences."""
    facts = [
        Fact(
            "The harbour of Keld reopened on Monday after the storm, the council said.",
            ["S1", "S2"],
            "corroborated",
            "F1",
            3.0,
        ),
        Fact("The storm destroyed 40 boats at Keld, the harbour master said.", ["S1", "S2"], "disputed", "F2", 2.5),
        Fact(
            "Ferries to Lund will run every hour from Tuesday, the operator said.",
            ["S1", "S3"],
            "corroborated",
            "F3",
            2.0,
        ),
    ]
    summary = [
        SummaryItem(
            "The harbour of Keld reopened on Monday after the storm.",
            ["S1", "S2"],
            {"S1": "The harbour of Keld reopened on Monday after the storm, the council said.", "S2": "Keld reopened."},
        ),
        SummaryItem("The storm destroyed 40 boats at Keld, the harbour master said.", ["S1"], {}),
    ]
    assert [f.id for f in top_facts(facts)] == ["F2", "F1", "F3"]
    assert [f.id for f in top_facts(facts, summary=summary)] == ["F2", "F3"]


def test_the_summarys_fact_told_by_another_outlet_is_not_shown_twice() -> None:
    """Editor read, stop 36 (row 34): another outlet's telling of a summary sentence took a facts slot from a key
    fact. A passage of the summary sentence that its own outlet does not back may say more, and stays."""
    told = "Keld's harbour, shut by the storm since Friday, opened again on Monday, the port said."
    more = "Ferries to Keld ran again on Monday, and the port will charge no fees until June."
    facts = [
        Fact(told, ["S2", "S1"], "corroborated", "F1", 3.0),
        Fact(more, ["S3"], "single_source", "F2", 2.0),
        Fact("The storm sank 40 boats at Keld.", ["S1", "S3"], "corroborated", "F3", 1.0),
    ]
    summary = [
        SummaryItem(
            "The harbour of Keld reopened on Monday after the storm.",
            ["S1", "S2", "S3"],
            {"S1": "The harbour of Keld reopened on Monday after the storm.", "S2": told, "S3": more},
        )
    ]
    assert [f.id for f in top_facts(facts, summary=summary)] == ["F3", "F2"]


def test_a_fact_that_repeats_a_shown_one_in_other_names_is_left_to_the_json() -> None:
    """Editor read, stop 36 (row 50): one outlet's "Collin is 29 years old and engaged to be married." and "Rose is
    29 years old and engaged to be married next October." were shown one under the other."""
    facts = [
        Fact("Ilse is 41 years old and engaged to be married.", ["S2"], "single_source", "F1", 2.0),
        Fact("The harbour of Keld reopened on Monday.", ["S1"], "single_source", "F2", 1.8),
        Fact("Varga is 41 years old and engaged to be married next May.", ["S2"], "single_source", "F3", 1.5),
        Fact("Varga is 41 years old and runs the harbour.", ["S1"], "single_source", "F4", 1.0),
    ]
    assert [f.id for f in top_facts(facts)] == ["F1", "F2", "F4"]


def test_a_fact_that_is_a_piece_of_a_summary_sentence_is_not_shown_again() -> None:
    """Editor re-read #7b, stop 37, row 92: the claim split off a summary sentence was shown right under it."""
    piece = Fact("The group was shocked when its leader was revealed to be Tomas Reyne.", ["S1"], "single_source", "F1")
    other = Fact("The group's website was taken offline on Monday by its host.", ["S2"], "single_source", "F2")
    summary = [
        SummaryItem(
            "The group was shocked when its leader was revealed to be Tomas Reyne, who has said that his wife is a "
            "pastor.",
            ["S1"],
            {},
        )
    ]
    assert [f.id for f in top_facts([piece, other], summary=summary)] == ["F2"]
