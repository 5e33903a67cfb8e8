"""Stop 55 (issue 13: PolNeAR's reported speech on its train split, the tune half of the mn55 check set and the brief's
known classes): each test on invented text. A company's spokesperson or statement speaks for the company the article
says it means; reported content ends with the pair of quotation marks it runs into, a bare verb coordinated inside
the reported clause is part of it, and the long turns of a transcript are their speakers' words."""

from __future__ import annotations

from tests.test_quotes_stop51 import _by_text, _name


def test_a_company_spokesperson_speaks_for_the_company_behind_the_app(attribute_parsed) -> None:
    """ "The company behind Varn Trivia …" // "“…,” a company spokesperson told the Tribune.": the article says which
    company it means (Multi-News row 73: HQ's spokesperson and "the company's statement" were printed with no
    speaker)."""
    found = attribute_parsed(
        [
            "The company behind Varn Trivia, the trivia app, is facing a pivotal moment.",
            "Varn Trivia lost half its players this year, and Keld Media, a rival, gained them.",
            "“Varn Trivia commands the largest live audience on mobile,” a company spokesperson told the Tribune.",
        ]
    )
    assert _name(_by_text(found, "Varn Trivia commands")) == "Varn Trivia"


def test_the_company_statement_after_an_apposition(attribute_parsed) -> None:
    """ "Keldware, the software company, said …" // "according to the company’s statement": the apposition says which
    company "the company" is."""
    found = attribute_parsed(
        [
            "Keldware, the software company, said sales fell in the spring.",
            "An outside investigator found that the founder's conduct “yielded no concerns whatsoever,” according to"
            " the company’s statement.",
        ]
    )
    assert _name(_by_text(found, "yielded no concerns")) == "Keldware"


def test_a_company_spokesperson_of_two_companies_or_none_is_no_ones(attribute_parsed) -> None:
    """Guard: two companies so named, or a company only named last ("… and Keld Media gained them"), say nothing about
    whose spokesperson spoke (precision first: stop 47's decision on the organisation named last). Passes on main."""
    two = attribute_parsed(
        [
            "Keldware, the software company, said sales fell. Varnsoft, a rival company, said its sales rose.",
            "“We are growing again,” a company spokesperson told the Tribune.",
        ]
    )
    assert _name(_by_text(two, "We are growing again")) is None
    last = attribute_parsed(
        [
            "Keldware lost half its players this year, and Varn Media gained them.",
            "“We are growing again,” a company spokesperson told the Tribune.",
        ]
    )
    assert _name(_by_text(last, "We are growing again")) is None


def test_reported_content_ends_with_its_own_pair_of_marks(attribute_parsed) -> None:
    """ "Brink told the council that the plan was “a waste of money,” adding, “We will fight it in court.”": the
    reported content ends at the close of the marks it runs into, not at the end of the second quotation the frame
    joins to it (PolNeAR train: Trump's words to Newsmax ran on over "adding"); the second quotation is a direct quote
    of its own, Brink's."""
    found = attribute_parsed(
        [
            "Mayor Tom Brink told the council on Monday that the new stadium plan was “a waste of public money,”"
            " adding, “We will fight it in court if we have to.”"
        ]
    )
    reported = [a for a in found if a.kind == "reported"]
    assert reported and reported[0].text.endswith("“a waste of public money,”")
    direct = _by_text(found, "We will fight it in court", "direct")
    assert _name(direct) == "Tom Brink"


def test_a_bare_verb_goes_on_under_the_reported_clause(attribute_parsed) -> None:
    """ "Brink says he would sit the board down and tell them “no more delays”": "tell" goes on under "would", part
    of what he says, not a second act of his (PolNeAR train: Kasich's words were cut before "and tell him")."""
    found = attribute_parsed(["Mayor Tom Brink says he would sit the board down and tell them “no more delays.”"])
    reported = [a for a in found if a.kind == "reported"]
    assert reported and "tell them" in reported[0].text


def test_a_finite_second_act_still_ends_the_content(attribute_parsed) -> None:
    """Guard: "Brink said she regretted the delay and promised to reopen the pool": a finite verb after "and" is his
    next act, not what he said (stop 21's rule). Passes on main."""
    found = attribute_parsed(["Mayor Ann Brink said she regretted the long delay and promised to reopen the pool."])
    reported = [a for a in found if a.kind == "reported"]
    assert reported and "promised" not in reported[0].text


def test_the_long_turns_of_a_transcript(attribute_parsed) -> None:
    """ "TAPPER: …" // "BRINK: Well, I think …" // "TAPPER: …": paragraphs opened by a name and a colon, one name twice,
    are a transcript; a turn longer than a headline is the speaker's words (PolNeAR train: a CNN interview)."""
    long_turn = (
        "Well, I think the whole county needs to work together, and certainly anyone who runs for this office, whether"
        " it is me or whether it is my opponent, needs to work towards unity as a county and understand that every"
        " family here wants safe streets and good schools for their children."
    )
    found = attribute_parsed(
        [
            "TAPPER: Do you think the mayor has campaigned as a healer?",
            f"BRINK: {long_turn}",
            "TAPPER: Thank you for joining us this morning.",
        ]
    )
    turn = _by_text(found, "Well, I think the whole county")
    assert turn.kind == "reported" and turn.speaker is not None and turn.speaker.text == "BRINK"


def test_a_long_line_of_labels_is_no_turn(attribute_parsed) -> None:
    """Guard: "Name: Ann Lee Age: 27 …" lines of profiles are labels, no person speaking, however often they come."""
    profile = (
        "Ann Lee Age: 27 City: Varn Job: Waitress Pay: $5 an hour plus tips Why she is protesting: the pay has not"
        " changed in ten years and the rent has doubled in that time, and she wants a union for everyone who works"
        " in the restaurants of the city."
    )
    found = attribute_parsed([f"Name: {profile}", f"Name: {profile.replace('Ann Lee', 'Tom Brink')}"])
    assert not [a for a in found if a.kind == "reported" and a.speaker is not None and a.speaker.text == "Name"]
