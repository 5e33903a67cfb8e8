"""Stop 48 (issue 13: the tune half of the mn48 check set and the quote findings of editor reads #17/#18): each test
on invented text; the speaker is right or null ("unattributed"), never a piece of a sentence, the one who passes
someone else's words on, nor the person a post mourns."""

from __future__ import annotations


def _by_text(found, words: str, kind: str | None = None):
    return next(a for a in found if a.text.startswith(words) and (kind is None or a.kind == kind))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_sign_off_display_name_the_tagger_does_not_know_names_the_author(attribute_parsed) -> None:
    """ "… — el-p (@therealelp) June 20, 2017": the display name names the post's author even when the entities do
    not hold it (Multi-News row 21 left four such posts unattributed); a display name that is no name ("M ! L L Z
    ¥", a handle with digits) stays null."""
    found = attribute_parsed(
        [
            "Many musicians paid their respects to the singer Tom Lund on social media.",
            "new york and the world just changed. rest in peace Tom. — kel-o (@kelomusic) June 20, 2017",
            "Every time I met him he was the nicest guy in the room. — Jonbrook (@jonbrook) June 20, 2017",
            "Woke up today and saw the news about Tom, sad day for music. — M ! L L Z ¥ (@MILLZ) June 20, 2017",
        ]
    )
    assert _name(_by_text(found, "new york and the world")) == "kel-o"
    assert _name(_by_text(found, "Every time I met him")) == "Jonbrook"
    assert _name(_by_text(found, "Woke up today")) is None


def test_a_display_name_that_mourns_someone_is_not_the_author(attribute_parsed) -> None:
    """ "… — RIP PRODIGY (@Chromeo)": an account renamed for a day of mourning; the post is the account's (its
    handle), never the dead rapper's (Multi-News row 21 printed it under Prodigy)."""
    found = attribute_parsed(
        [
            "The singer Tom Lund died on Tuesday at the age of 42, his publicist said.",
            "RIP Tom Lund. Our fave. No words. Keld forever. — RIP TOM LUND (@Keldtones) June 20, 2017",
        ]
    )
    assert _name(_by_text(found, "RIP Tom Lund. Our fave")) == "Keldtones"


def test_one_of_which_is_no_speaker(attribute_parsed) -> None:
    """ "posted two photos in remembrance, one of which carried the simple message: “Forever.”": "one of" is a piece
    of a sentence, never a speaker (Multi-News row 21 printed it)."""
    found = attribute_parsed(
        [
            "On Instagram, the singer's longtime partner, Tom Reed, posted two photos in remembrance, one of which "
            "carried the simple message: “Forever.”",
        ]
    )
    assert _name(_by_text(found, "Forever")) != "one of"


def test_the_statement_read_is_the_words_of_who_gave_the_statement(attribute_parsed) -> None:
    """ "Keld Deep's publicist confirmed the rapper's death in a statement to Rolling Stone. // “…,” the statement
    read": the publicist's (a named role; Multi-News row 21 left it unattributed). A statement nobody is said to
    have given stays null."""
    found = attribute_parsed(
        [
            "Ben Lund, one half of the duo Keld Deep, died Tuesday. Keld Deep's publicist confirmed the rapper's death "
            "in a statement to Rolling Stone.",
            "“It is with extreme sadness that we confirm the death of our friend,” the statement read.",
            "Tom Reed's spokesman confirmed the sale on Monday, and the board met on Tuesday.",
            "“We are proud of the deal,” the statement said.",
        ]
    )
    assert _name(_by_text(found, "It is with extreme sadness")) == "Keld Deep's publicist"
    assert _name(_by_text(found, "We are proud of the deal")) is None


def test_a_post_that_quotes_someone_is_the_quoted_ones(attribute_parsed) -> None:
    """ "Lund sent a tweet quoting radio host Piet Moss who said “…”" // "“…” — Tom Lund (@tomlund)": the post
    repeats Moss's words (editor read #18, r19: Stuart Varney's words printed under Trump). The parse hangs "who
    said" on "tweet"; "who" after a name is that name."""
    found = attribute_parsed(
        [
            "Mayor Tom Lund sent a tweet quoting radio host Piet Moss who said “Mayor Lund is not getting the credit "
            "he deserves for the economy,” including the “best year the port has seen.”",
            "“Mayor Lund is not getting the credit he deserves for the economy. Best year the port has seen. All "
            "Lund, not the council... — Tom Lund (@tomlund) January 14, 2018",
        ]
    )
    post = next(a for a in found if a.signed)
    assert post.text.startswith("Mayor Lund is not getting") and _name(post) == "Piet Moss"


def test_a_post_of_the_authors_own_words_stays_the_authors(attribute_parsed) -> None:
    """Guard: a post the text quoted before as the author's own words stays the author's."""
    found = attribute_parsed(
        [
            "Mayor Tom Lund wrote on Twitter that “the port has never been busier than this year,” and took credit.",
            "“The port has never been busier than this year. Jobs, jobs, jobs! — Tom Lund (@tomlund) January 14, 2018",
        ]
    )
    post = next(a for a in found if a.signed)
    assert post.text.startswith("The port has never been busier") and _name(post) == "Tom Lund"


def test_a_company_role_or_statement_names_no_one_by_itself(attribute_parsed) -> None:
    """ "according to the company’s statement", "a company spokesperson told Recode": no named role (the contract;
    editor read #18, r73 printed "company’s statement"); null unless the text ties the company to a name."""
    found = attribute_parsed(
        [
            "Quizzo is the once-viral quiz app. The Disney Channel draws a similar audience for three hours.",
            "“Quizzo commands the largest live audience on mobile daily,” a company spokesperson told Recode.",
            "An outside investigator found that Brink’s behavior “yielded no concerns,” according to the company’s "
            "statement.",
        ]
    )
    assert _name(_by_text(found, "Quizzo commands")) is None
    assert _name(_by_text(found, "yielded no concerns")) is None


def test_reported_speech_of_a_relative_clause_joined_by_but(attribute_parsed) -> None:
    """ "said former Senator Piet Lunde, a Liberal whom Mr. Brink unseated …, but who now describes him as “a tiger”
    in the chamber": the reported line is Lunde's as its partial quotation is (stop 47 left it unattributed)."""
    found = attribute_parsed(
        [
            "Senator Tom Brink is the favourite to lead the Keld Liberals.",
            "“Keld is very fortunate to have someone with his talents,” said former Senator Piet Lunde, a Liberal "
            "whom Mr. Brink unseated in a bitter 1998 race, but who now describes him as “a tiger” in the chamber.",
        ]
    )
    assert _name(_by_text(found, "him as", "reported")) == "Piet Lunde"
