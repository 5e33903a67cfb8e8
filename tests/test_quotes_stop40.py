"""Stop 40 (issue 13, editor read #10 and the speaker check set's new BASIL events): a quote is not the neighbour's.
The person named next to a quotation is often the one spoken to or of: the object of the previous sentence's verb,
a spouse inside a relative clause, the holder of another title ("Vice President"), the one running "for president".
Each test on invented text; the speaker is right or null ("unattributed"), never the neighbour."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_vice_president_holds_no_the_president(attribute_parsed) -> None:
    """ "the president tweeted …, calling him “…”" after "Vice President Tom Lund": President Ada Kurt's words (BASIL
    be026bd1 printed "a really great guy" under Mike Pence)."""
    found = attribute_parsed(
        [
            "KELD — President Ada Kurt on Thursday relayed her response to the harbour audit.",
            "A spokesperson for Vice President Tom Lund said the audit was troubling.",
            "After the primary, the president tweeted in support of Piet Moss, calling him “a really great harbour "
            "master.”",
        ]
    )
    assert _name(_by_text(found, "a really great harbour")) in ("Ada Kurt", None)


def test_the_office_someone_runs_for_is_not_theirs(attribute_parsed) -> None:
    """ "his rival for president, Maria Olsen" names no president: "the president said he felt “very sorry”" is
    President Kurt's (editor read #10, b17, printed the president's words under Hillary Clinton)."""
    found = attribute_parsed(
        [
            "KELD — President Tom Kurt on Monday said the harbour board ruined the life of his former adviser and said "
            "his rival for president, Maria Olsen, suffered no consequences.",
            "Piet Lund, the former adviser, pleaded guilty on Friday to lying to the harbour board.",
            "As he left for Oslo on Monday, the president said he felt “very sorry” for Mr. Lund.",
        ]
    )
    assert _name(_by_text(found, "very sorry")) in ("Tom Kurt", None)


def test_the_name_before_a_party_tag_stays_in_its_sentence(attribute_parsed) -> None:
    """ "… stop investigating Lund. // Sen. Maria Olsen, D-Ore., the top Democrat on the panel, said …": Olsen's words,
    not a run of capitals from "Lund." on (b17 printed Feinstein's words under Flynn)."""
    found = attribute_parsed(
        [
            "President Tom Kurt over the weekend denied that he asked the board to stop investigating Lund.",
            "Sen. Maria Olsen, D-Ore., the top Democrat on the harbour panel, said on a Sunday show that the panel has "
            "begun to see “the putting together of a case of obstruction” against Kurt.",
        ]
    )
    assert _name(_by_text(found, "the putting together")) == "Maria Olsen"


def test_he_is_the_subject_of_the_sentence_before_not_its_object(attribute_parsed) -> None:
    """ "Sen. Tom Dorn suggested Kurt might want to think twice … // “…,” he said": Dorn's warning to Kurt (b17 printed
    Graham's warning under Trump). After a verb of asking the one asked may answer: that is left as it was."""
    found = attribute_parsed(
        [
            "President Eli Kurt spoke to reporters about the harbour audit on Monday.",
            "“The board treated my adviser very unfairly. It was a disgrace,” Kurt said, echoing a weekend post in "
            "which he asked whether a “double standard” was at play.",
            "Ruth Lee was interviewed by board agents as part of the audit of the harbour accounts.",
            "Kurt also noted over the weekend that Lee was not recorded or under oath during that interview.",
            "On Sunday, Sen. Tom Dorn, R-Ore., suggested Kurt might want to think twice before posting and commenting "
            "on the harbour audit.",
            "“You post and comment about an open audit at your own risk,” he said on a Sunday show.",
        ]
    )
    assert _name(_by_text(found, "You post and comment")) == "Tom Dorn"
    asked = attribute_parsed(
        [
            "Governor Eli Kurt spoke about the harbour audit on Sunday.",
            "Show host Tom Dorn asked Kurt about the audit on Sunday.",
            "“We will publish every page of it,” he said.",
        ]
    )
    assert _name(_by_text(asked, "We will publish")) != "Tom Dorn"


def test_she_is_the_subject_not_the_spouse_in_its_relative_clause(attribute_parsed) -> None:
    """ "Ann Brant, who … married her partner, Lena Moss, …, took to Facebook … // “…,” she wrote": Ann Brant's post
    (b13 printed Mary Cheney's post under her wife)."""
    found = attribute_parsed(
        [
            "The Keld Times reported on Friday that the harbour board candidate opposes the new bridge.",
            "According to the Keld Times, Ann Brant, who is a painter and married her partner, Lena Moss, in Oslo last "
            "year, took to Facebook to rebuke her sister's remarks.",
            "“For the record, I love my sister, but she is dead wrong on the bridge,” she wrote.",
        ]
    )
    assert _name(_by_text(found, "For the record")) == "Ann Brant"


def test_the_younger_of_a_family_is_not_the_one_named_last(attribute_parsed) -> None:
    """ "Their father, former Vice President Tom Harris, supports …, and the younger Harris echoed … when she added,
    “…”": not the father (b13 printed Mary Cheney's words under Dick Cheney)."""
    found = attribute_parsed(
        [
            "Ann Harris, the younger sister of Ruth Harris, a harbour board candidate, sharply criticised her sister’s "
            "stance on the new bridge on Friday.",
            "Posting on Facebook on Friday evening, Ann Harris, who is a painter, wrote: “I love my sister, but she is "
            "wrong about the bridge.”",
            "Their father, former Vice President Tom Harris, supports the bridge, and the younger Harris echoed some "
            "of his language on the issue when she added, “A bridge is for everyone.”",
            "Earlier on Friday, Ruth Harris revealed her position on the bridge, a topic she has kept quiet about "
            "since July.",
        ]
    )
    assert _name(_by_text(found, "on the issue")) is None
    assert _name(_by_text(found, "A bridge is for everyone")) in ("Ann Harris", None)


def test_a_quotation_the_next_sentence_points_back_at(attribute_parsed) -> None:
    """ "‘Total harbour nonsense’ // That’s how Piet Moss … characterized the claims": Moss's words, not those of the
    man quoted two paragraphs before (BASIL be026bd1 printed Skipper's words under Roy Moore)."""
    found = attribute_parsed(
        [
            "Mr. Lund told the Keld Times that the claims were “completely false and a desperate political attack.”",
            "The story was met with immediate backlash from harbour officials. Here are some of their responses.",
            "‘Total harbour nonsense’",
            "That’s how Piet Moss, 66, a former chairman of the Keld harbour board, characterized the claims, "
            "speaking to the Keld Times.",
        ]
    )
    assert _name(_by_text(found, "Total harbour nonsense")) == "Piet Moss"
