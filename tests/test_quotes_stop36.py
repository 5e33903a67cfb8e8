"""Stop 36 (issue 13, editor read of rows 103, 104 and 106): who said it. A person's role is held by a person, a
title written abbreviated names its holder, a word for anyone is no speaker, a resolution's wording is not its
judge's, a shared headline is no post, a cue whose subject sits behind a relative clause. Each test on invented
text; the speaker of a quote is right or null ("unattributed"), never the wrong person."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.kind != "reported" and a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_persons_role_is_not_held_by_the_organisation_named_beside_it(attribute_parsed) -> None:
    """ "what the general calls the Keld Air Defence Team. // “…,” the general said": the team is what the general
    spoke of, not the general; the one person titled "Gen." before holds the role (row 104 printed the team)."""
    found = attribute_parsed(
        [
            "Lt. Gen. Harold Brisk, the commander of the northern wing, explained the aims of the spring exercise.",
            "The wing works with the navy and the army, which together form what the general calls the Keld Air "
            "Defence Team.",
            "“The air wing is responsible for every operation in the sky above the valley,” the general said.",
        ]
    )
    assert _name(_by_text(found, "The air wing is responsible")) == "Harold Brisk"


def test_an_abbreviated_title_names_the_holder_of_the_role(attribute_parsed) -> None:
    """ "Gov. Ada Brant" before "the governor said": her words, however far back the title stands."""
    found = attribute_parsed(
        [
            "Gov. Ada Brant visited the flooded towns along the Keld river on Tuesday.",
            "The river rose by two metres overnight and several roads were closed by the police.",
            "Volunteers filled sandbags in the main square until late in the evening.",
            "“We will rebuild every bridge that the water took from us,” the governor said.",
        ]
    )
    assert _name(_by_text(found, "We will rebuild")) == "Ada Brant"


def test_a_word_for_anyone_is_no_speaker(attribute_parsed) -> None:
    """ "Anyone who asked “…”", "Who believe that it is “complicated.”": no one the text names (row 103 printed
    "Anyone" and "Who" as speakers, and gave a later "they" and "we" to them)."""
    found = attribute_parsed(
        [
            "I write to you about the night you were hurt.",
            "Anyone who asked “what did you expect would happen at that party?” was wrong.",
            "They did not say “It is none of my business.”",
            "We will speak out against those who look away. Who believe that this crime is “complicated.”",
        ]
    )
    for words in ("what did you expect", "It is none of my business", "complicated"):
        assert _name(_by_text(found, words)) is None, words


def test_the_wording_of_a_resolution_is_not_its_judges(attribute_parsed) -> None:
    """'ruled that a resolution to “…” was out of order': the resolution's words, not the words of the president
    who ruled it out (row 106 credited them to him, through the next sentence's "He stated", which the reference
    mark "[9]" kept in one sentence with it); his own statement after it stays his."""
    found = attribute_parsed(
        [
            "At the 2019 synod, its president, Harold Brisk, ruled that a resolution to “restore the old hymn book "
            "as the only book of worship” was out of order.[9] He stated that “while the synod values the old hymn "
            "book, we do not require its use.”[9]",
        ]
    )
    assert _name(_by_text(found, "restore the old hymn book")) is None
    assert _name(_by_text(found, "while the synod values")) == "Harold Brisk"


def test_a_shared_headline_with_its_account_is_no_quote(attribute_parsed) -> None:
    """'A flood survivor’s letter to the mayor | @KeldOpinion https://t.co/… — Keld Courier (@keldcourier) date':
    the outlet shares a headline, nobody said it (row 103 printed the outlet as its speaker)."""
    found = attribute_parsed(
        [
            "The mayor read the letter aloud at the council meeting on Thursday.",
            "A flood survivor’s letter to the mayor | @KeldOpinion https://t.co/Ab12Cd pic.twitter.com/Xy34Zw "
            "— Keld Courier (@keldcourier) June 8, 2016",
        ]
    )
    assert not [a for a in found if "flood survivor" in a.text and a.kind != "reported"]


def test_a_post_of_the_authors_own_words_is_still_a_quote(attribute_parsed) -> None:
    """The guard: a post without a shared headline stays its author's direct quote."""
    found = attribute_parsed(
        [
            "The mayor read the letter aloud at the council meeting on Thursday.",
            "We read every letter that reaches us. Thank you, Keld! https://t.co/Ab12Cd "
            "— Ada Brant (@AdaBrant) June 8, 2016",
        ]
    )
    assert _name(_by_text(found, "We read every letter")) == "Ada Brant"


def test_a_nearer_cue_behind_a_relative_clause_keeps_its_words(attribute_parsed) -> None:
    """ "the district attorney announced that …, despite the fact that the sheriff, whose office ran the inquiry,
    stated publicly that she believed “a crime occurred”": the sheriff's words, so not the district attorney's
    (row 103 credited them to the district attorney)."""
    found = attribute_parsed(
        [
            "Two months later, the Keld County district attorney announced that she would not file charges in the "
            "case, despite the fact that the sheriff, whose office ran the inquiry, stated publicly that she "
            "believed “a crime occurred”.",
        ]
    )
    quote = _by_text(found, "a crime occurred")
    assert quote.speaker is None or "attorney" not in (quote.speaker.text + str(quote.speaker.name))


def test_a_common_word_opening_the_sentence_is_no_speaker(attribute_parsed) -> None:
    """ "Pollsters said …" where the article writes "pollsters" elsewhere: a common noun capitalised as the first
    word, not a name (PolNeAR train printed "Voters", "Pollsters", "Organizers" as speakers)."""
    found = attribute_parsed(
        [
            "The race in the Keld valley is close, and the pollsters have struggled to read it all year.",
            "Pollsters said that the turnout among young voters would decide the race.",
        ]
    )
    said = next(a for a in found if a.kind == "reported" and "turnout" in a.text)
    assert _name(said) is None


def test_a_family_name_that_is_also_a_word_still_speaks(attribute_parsed) -> None:
    """The guard: "Page said" about Ann Page, in a text that also writes "page", stays hers."""
    found = attribute_parsed(
        [
            "Ann Page, the council's treasurer, read the budget line by line, page after page.",
            "“We will not raise the water rates this year,” Page said.",
        ]
    )
    assert _name(_by_text(found, "We will not raise")) == "Ann Page"
