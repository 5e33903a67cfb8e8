"""No outlet cited for what it does not say (editor read #11, stop 40; align/citation_check.py).

Invented stories of two outlets, each pair put in one unit as the same-fact model put the editor's pairs: a
speakerless quotation backed only by the story's topic words, a named person's other quotation for what the shown
sentence says he did, and another figure for the same count. Each was cited on main."""

from __future__ import annotations

from tests.test_align_citation_check import _sources as cited_sources

from newsfuse.align.citation_check import gives_other_figure, misses_quote, names_beside_quote
from newsfuse.align.units import quantities_of

HARBOUR_FIRST = (
    "The mayor of Keld declared a harbour emergency on Friday to pay for a new sea wall. "
    "The harbour emergency lets the mayor move money from the roads budget. "
    "Council members said the harbour emergency was not needed. "
    "“If the mayor oversteps his authority and abandons talks with the council by declaring a fabricated "
    "harbour emergency, we will call his bluff and hold him accountable.” "
    "The sea wall would cost about 40 million crowns."
)
HARBOUR_SECOND = (
    "The mayor declared a harbour emergency on Friday. "
    "This is far from the only harbour emergency the council has seen, and the mayor declared it on Friday. "
    "Fishermen in Keld welcomed the harbour emergency and the sea wall. "
    "The council will vote on the harbour emergency next week."
)
QUOTE = "“If the mayor oversteps"
TOPIC = "This is far from the only"

GAME_FIRST = (
    "The charity match in Keld will go ahead on Saturday after the storm. "
    "Councillor Ada Brant of Varna, the opposition whip, resolved to wear a “Team Odegaard” shirt to the match. "
    "Lars Odegaard, the goalkeeper, is still in hospital."
)
GAME_SECOND = (
    "The charity match will go ahead on Saturday. "
    "Some councillors asked whether the two teams could wear one shirt. "
    "“We’re looking at that,” Brant said. "
    "Odegaard is in hospital in Varna."
)
SHIRT = "Councillor Ada Brant"
LOOKING = "“We’re looking"

ARRESTS_FIRST = (
    "The mayor of Keld called the harbour crossings a crisis. "
    "Harbour arrests have actually fallen in recent years, to 400,000 in the last fiscal year from 1.6 million "
    "in 2000. "
    "The council disputes the mayor's figures."
)
ARRESTS_SECOND = (
    "The mayor called the crossings a crisis. "
    "There were roughly 520,000 harbour arrests last year, which is about one-third of the 1.6 million arrests "
    "in 2000. "
    "The council said the mayor was wrong."
)
FEWER = "Harbour arrests have"
OTHER_FIGURE = "There were roughly"


def _sources(fast_models, first: str, second: str, shown: str, member: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The outlets :func:`fact_sources` cites for a unit of two sentences, ``shown`` the one shown, the actors
    read as the fact graph reads them (test_align_citation_check's helper)."""
    return cited_sources(fast_models, shown, member, first, second, parse=True)


def test_a_quotation_is_not_backed_by_the_storys_topic_words_alone(fast_models) -> None:
    """Editor read #11, row c1: a speakerless "If Trump oversteps his authority ... national emergency, ..." was
    cited to "This is far from the only declared national emergency."."""
    assert len(_sources(fast_models, HARBOUR_FIRST, HARBOUR_SECOND, QUOTE, TOPIC)) == 1


def test_a_named_persons_other_quotation_does_not_back_what_he_did(fast_models) -> None:
    """Editor read #11, row c2: Hoyer "resolved to wear a “Team Scalise” shirt" cited to "“We're looking at
    that,” Hoyer said."."""
    assert len(_sources(fast_models, GAME_FIRST, GAME_SECOND, SHIRT, LOOKING)) == 1


def test_another_figure_for_the_same_count_is_no_support(fast_models) -> None:
    """Editor read #11, row c1: "to 400,000 in the last fiscal year" cited to an outlet whose figure is 520,000."""
    assert len(_sources(fast_models, ARRESTS_FIRST, ARRESTS_SECOND, FEWER, OTHER_FIGURE)) == 1


def test_the_quote_check_reads_word_weight_and_rare_words() -> None:
    shown = "“We will call his bluff and hold the harbour board accountable for the emergency,” she said."
    cited = "The harbour emergency was declared by the board."
    common = {"harbour": 0.1, "emergency": 0.1, "board": 0.1}
    idf = {w: 2.0 for w in ("call", "bluff", "hold", "accountable")} | common
    assert misses_quote((shown, cited), idf, 40)
    assert not misses_quote((shown, cited))  # without weights, four plain words held are a fifth
    rare = idf | {"board": 3.5}  # a word at most 3.5 of the story's 40 items give
    assert not misses_quote((shown, cited), rare, 40)


def test_names_beside_a_quotation_and_another_figure() -> None:
    names = frozenset({"brant"})
    shown = frozenset({"brant", "resolv", "wear", "shirt", "match"})
    assert names_beside_quote((shown, frozenset({"brant", "look"})), names, "“We’re looking at that,” Brant said.")
    # the quotation gives a shown word: it may be what she said of it
    assert not names_beside_quote((shown, frozenset({"brant", "shirt"})), names, "“I will wear the shirt,” Brant said.")
    # no quotation: prose about the same person is judged by the other checks
    assert not names_beside_quote((shown, frozenset({"brant", "look"})), names, "Brant was looking at it.")
    assert gives_other_figure(quantities_of("fell to 400,000 last year"), quantities_of("about 520,000 arrests"))
    assert not gives_other_figure(quantities_of("fell to 400,000 last year"), quantities_of("some 400,000 arrests"))
    assert not gives_other_figure(quantities_of("fell to 400,000 last year"), quantities_of("55 miles in 2019"))
    assert not gives_other_figure(quantities_of("400,000 workers"), quantities_of("$9 million in 2000"))
    # a height in metres is not set against an altitude in feet
    assert not gives_other_figure(
        quantities_of("the 8,027-meter mountain"), quantities_of("at an altitude of 19,356 feet (5,900 m)")
    )
