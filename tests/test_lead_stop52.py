"""Stop 52, lead: editor read #23 (Multi-News rows 0, 10, 16, 34, 36, never read before). Each test failed on main
662e92d."""

from __future__ import annotations

from tests.test_lead_stop41 import _people


def test_a_stage_name_and_the_real_name_the_text_gives_are_one_person(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "Stephanie Clifford — PERSON" and "Stormy Daniels — ORG" were two entities of row 34's brief: "Stormy Daniels,
    whose real name is Stephanie Clifford, filed a lawsuit …"."""
    entities = _people(
        fast_models,
        [
            [
                "Adult film actress Velvet Marlowe, whose real name is Joanna Pettigrew, filed a lawsuit in Los "
                "Angeles on Tuesday.",
                "Pettigrew says the agreement is invalid. Marlowe wants to speak publicly, her lawyer said.",
            ],
            [
                "Joanna Pettigrew, better known as Velvet Marlowe, sued the firm.",
                "Ms. Pettigrew was paid in 2016, the suit says.",
            ],
        ],
    )
    named = [{e.name, *e.aliases} for e in entities if e.type == "PERSON"]
    together = [names for names in named if "Joanna Pettigrew" in names]
    assert together and "Velvet Marlowe" in together[0], named
    assert all(e.type == "PERSON" for e in entities if "Marlowe" in e.name), [(e.name, e.type) for e in entities]


def test_two_sentences_sharing_one_name_tell_no_one_fact() -> None:
    """ "Think about the man Colbert would be replacing." (The Atlantic) joined "Colbert is a comedian, but he does
    dabble in real politics — he appeared before Congress …" (another outlet), and each outlet was cited for the
    other's sentence (row 36). One shared content word, no figure, a cosine of 0.56: two facts."""
    from newsfuse.align.units import related

    colbert = "Think about the man Colbert would be replacing."
    congress = "Colbert is a comedian, but he does dabble in real politics: he appeared before Congress to testify."
    assert not related(colbert, congress, 0.56)
    assert related(colbert, congress, 0.8)  # close in meaning: no shared word needed
    assert related("The final tally was 97-1.", "This followed a 97-1 vote hours earlier in the Senate.", 0.31)
    assert related(congress, "Colbert appeared before Congress to testify about campaign finance.", 0.6)


def test_a_closing_paragraph_naming_the_ledes_person_is_on_the_story() -> None:
    """ "First runner-up Brittany Lewis of Wilmington will be awarded the crown at a news conference at Dover Downs …"
    closed the report whose first paragraph names Brittany Lewis, and was removed as off topic (row 16): the story's
    outcome lost. Shared institutions are no sign of one story."""
    from newsfuse.clean.offtopic import names_the_lede

    lede = "Former runner-up Marta Quill was awarded the crown after the original winner was stripped of her title."
    assert names_the_lede("Runner-up Marta Quill of Dover will be crowned at a news conference on Thursday.", lede)
    assert not names_the_lede("Nadia Brook of Reno won the state title on Thursday at a casino.", lede)
    white_house = "The White House said on Monday the talks would go on."
    assert not names_the_lede("A White House spokesman said a new tariff on steel would start next week.", white_house)


def test_a_quotation_within_a_quotation_does_not_close_it() -> None:
    """ "… at airports, ‘Do you have a vest on?,’ you know from security guards." inside Damian Lewis's quotation: the
    inner closing mark closed his, and "People build really close relationships with TV characters." went into row
    10's summary as the brief's own words."""
    from newsfuse.nlp.quoted import _quote_state

    sentences = [
        "“You know, I was expecting a little more hostility, to be honest.",
        "I still get jokes at airports, ‘Do you have a vest on?,’ you know from security guards.",
        "People build really close relationships with TV characters.",
        "I think that will always be the case.” — Damian Lewis, on his fans",
    ]
    states = []
    open_ = False
    for text in sentences:
        open_, _spans = _quote_state(text, open_)
        states.append(open_)
    assert states == [True, True, True, False]
    assert _quote_state("He said ‘no way’ to it.", False)[1] == ["no way"]
    assert not _quote_state("He said ‘no way’ to it.", False)[0]


def test_the_stage_name_patterns_stay_linear_on_a_run_of_capitals() -> None:
    """A megabyte of "AAAA…" (the bad-input corpus's decompressed bomb) with a cue in it: unbounded name words made
    every start backtrack over the whole run, and the brief never ended (`.ci/run` of int52, stop 52)."""
    from newsfuse.nlp.entities import _REAL_NAME, _STAGE_NAME

    text = "A" * 1_000_000 + ", also known as Bob Smith, whose real name is Robert Smith"
    assert [m.group("stage") for m in _STAGE_NAME.finditer(text)] == ["Bob Smith"]
    assert [(m.group("stage"), m.group("real")) for m in _REAL_NAME.finditer(text)] == [("Bob Smith", "Robert Smith")]
