"""Stop 50, lead: editor read #21 (BASIL 2011 Perry and Arpaio, 2013 Benghazi e-mails, 2013 the NRA's school report,
2013 the NSA programs, 2012 Romney and Akin). Each test failed on main 26c8f92."""

from __future__ import annotations


def test_the_writers_verdict_is_never_a_summary_sentence() -> None:
    """Four summary sentences stated a report's verdict as the brief's own ("… is also a polarizing figure.",
    "… raises its own set of questions.", "… was notable for what it omitted: …", "… will open his campaign to attacks
    …"); a reported verdict, a quoted one and plain news stay."""
    from newsfuse.summarize.standalone import needs_context, no_continuation

    verdicts = (
        "Mayor Dana Orrin is also a polarizing figure.",
        "The timing of the council's release of the records raises its own set of questions.",
        "The minister's rare Sunday statement was notable for what it omitted: any word on the second program.",
        "The governor's full-throated defense of the plan is unlikely to quell the anger over the closures.",
        "The bill's prospects are murky — a testament to the lobby's prowess in the capital.",
        "The reluctance to talk about the budget reflects the delicate position that Ms. Orrin is in.",
        "A decision by Mr. Hale to accept the plank will open his campaign to attacks from his rivals.",
    )
    for text in verdicts:
        assert needs_context(text), text
        assert no_continuation(text), text
    for text in (
        "Mayor Dana Orrin is a polarizing figure, her critics say.",
        "“She is a polarizing figure,” said Tom Hale, a council member.",
        "Mayor Dana Orrin gave testimony to the state committee on Monday.",
        "The council released 100 pages of records on Wednesday.",
        "Ohio raised the number of schools with armed guards to 40.",
    ):
        assert not needs_context(text), text
        assert not no_continuation(text), text


def test_a_day_without_a_comma_before_a_pronoun_needs_context() -> None:
    """The timeline showed "On Tuesday he repeated his apology for that comment, …" with nobody named (editor read
    #21, BASIL 2011); with the comma it was caught already. A name after the day stands alone."""
    from newsfuse.summarize.standalone import needs_context

    assert needs_context("On Tuesday he repeated his apology for that comment, calling it inappropriate.")
    assert needs_context("Friday night they voted again on the budget.")
    assert not needs_context("On Tuesday Mayor Hale repeated his apology for the comment.")
    assert not needs_context("Tuesday's vote on the budget was close.")


def test_one_persons_act_told_in_other_words_is_a_repeat() -> None:
    """Griffin's apology was told four times in ten summary sentences and Clapper's condemnation of the leak twice
    (editor reads #20 and #21); two acts of one person, or one act done to two things, are no repeat."""
    from newsfuse.summarize.repeats import repeats

    assert repeats(
        "Kathy Varn issued a formal apology for the images on Twitter.",
        "Ms. Varn went online on Tuesday night to express regret.",
    )
    assert repeats(
        "Tom Rusk issued a statement late Thursday decrying the leak.",
        "In a statement, after denouncing the leak of the data to two newspapers, Mr. Rusk insisted it was lawful.",
    )
    assert not repeats("Tom Rusk condemned the leak on Thursday.", "Tom Rusk condemned the senator in a statement.")
    assert not repeats("Kathy Varn apologized on Tuesday.", "Kathy Varn said she would not resign.")
    assert not repeats("“I apologize,” Kathy Varn said.", "Kathy Varn met the mayor on Friday.")
    # a resignation asked for or passed by is none (Multi-News rows 4 and 124)
    assert repeats("Clerk Kim Varn resigned on Monday.", "Ms. Varn has resigned with a blistering e-mail.")
    assert not repeats("Clerk Kim Varn resigned on Monday.", "Hale was the last to call for Varn's resignation in May.")
    assert not repeats("Kim Varn resigned in March.", "Varn kept writing even after resigning from the school.")


def test_one_department_written_two_ways_is_one_entity_and_a_call_sign_is_no_person(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "Department of Justice" and "Justice Department" were two entities, and "Akin told KTVI." made "KTVI — PERSON"
    (editor read #21, BASIL 2013 and 2012)."""
    from tests.test_lead_stop45 import _entities

    from newsfuse.nlp.aliases import name_key

    assert name_key("Department of Justice") == name_key("Justice Department")
    assert name_key("the Ministry of Defence") == name_key("Defence Ministry")
    assert name_key("Bank of America") == "bank of america"
    found = _entities(
        fast_models,
        [
            "The Department of Justice declined to comment on Friday. A Justice Department official said the review "
            "was over.",
            "Varn made the remarks in an interview with Fox affiliate KTVI. “It is rare,” Varn told KTVI.",
        ],
    )
    assert not ({"Department of Justice", "Justice Department"} <= set(found)), found
    assert found["KTVI"][0] == "ORG", found
