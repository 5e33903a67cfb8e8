"""Stop 49 (issue 12): a detail told inside a longer sentence becomes a claim of its own. Invented text.

On three BASIL triplets nobody had tuned on, 8 of the 16 facts several outlets report but the brief showed with one
outlet were a detail one outlet tells inside a longer sentence and another tells in a sentence of its own; two kinds of
such a detail the claim split (align/claims.py) did not cut:

- a relative clause set off by dashes, as by commas ("Setting the tone for the 112th Congress — in which every House
  bill must cite the constitutional source of its authority — members of the House began to read …"), ``_dashed``;
- an absolute "With …" phrase that opens the sentence ("With just three weeks left for lawmakers to avert a fiscal
  crisis, President Obama and Speaker John A. Boehner met privately …"), ``_opening_with``.

Each cut piece joins facts by its own words and is shown as its whole sentence, as a noun with its relative clause is.
"""

from __future__ import annotations

from newsfuse.align.claims import joined, split_claims

DASHED = (
    "Opening the new session — in which every council motion must name its budget line — members of the Keld council "
    "began to read the town charter aloud on Monday."
)
DASHED_SUBJECT = "The ferry — which the port authority had ordered out of service — sank near Tessel harbour on Sunday."
WITH = (
    "With just two days left for the union to accept the offer, the mayor of Keld met the dock workers' leaders at "
    "the town hall on Sunday."
)
WITH_NAME = (
    "KELD — With the ferry contract due to expire at the end of the month, Mayor Lena Ostrova met the harbour "
    "board on Sunday."
)


def pieces(text: str, parse) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    """The claims of ``text`` (the rest first) with whether each is shown as its whole sentence."""
    return [(joined(text, p.spans), p.fragment) for p in split_claims([text], parse)[0]]


def test_a_relative_clause_set_off_by_dashes_is_a_claim(fast_models) -> None:  # type: ignore[no-untyped-def]
    assert pieces(DASHED_SUBJECT, fast_models.parse) == [
        ("The ferry sank near Tessel harbour on Sunday.", False),
        ("The ferry — which the port authority had ordered out of service", True),
    ]
    found = pieces(DASHED, fast_models.parse)
    assert [text for text, _ in found][1:] == [
        "the new session — in which every council motion must name its budget line"
    ], found
    # without the dashes the rest would run two phrases together ("Opening the new session members of the Keld
    # council began …"): it is shown as its whole sentence
    assert all(whole for _, whole in found), found


def test_an_opening_with_phrase_is_a_claim(fast_models) -> None:  # type: ignore[no-untyped-def]
    assert pieces(WITH, fast_models.parse) == [
        ("the mayor of Keld met the dock workers' leaders at the town hall on Sunday.", True),  # opens in lower case
        ("With just two days left for the union to accept the offer", True),
    ]
    assert pieces(WITH_NAME, fast_models.parse) == [
        ("Mayor Lena Ostrova met the harbour board on Sunday.", False),
        ("With the ferry contract due to expire at the end of the month", True),
    ]


def test_phrases_that_tell_no_fact_of_their_own_stay(fast_models) -> None:  # type: ignore[no-untyped-def]
    for sentence in [
        # no verb in the "With" phrase: a circumstance of the main clause, not a fact of its own
        "With 48 percent of the vote, Mr. Hunter easily won the nonpartisan primary in the district.",
        # a dash that sets off an apposition, not a clause
        "The ferry — the oldest in the fleet — sank near Tessel harbour on Sunday after a storm.",
        # a manner of the main act: no verb of the phrase's object ("speaking" is the phrase's own)
        "With a phone to her ear and speaking calmly, the mayor of Keld told reporters how the ferry had sunk.",
        # "with" inside the sentence
        "The mayor of Keld met the dock workers on Sunday, with two days left for the union to accept the offer.",
    ]:
        assert pieces(sentence, fast_models.parse) == [], sentence


COST = "The Keld council put the cost of the new ferry pier at $1.1 million on Tuesday."
ROUND_COST = "Council papers put the cost of the new ferry pier at more than $1 million, a record for Keld."


def test_a_round_bound_of_the_figure_backs_it(fast_models) -> None:  # type: ignore[no-untyped-def]
    # "more than $1 million" is "$1.1 million" rounded to the bound's own trailing zeros: the same figure, cited (the
    # other-figure rule of stop 48 had refused it: BASIL 2011, Vanity Fair's estimate of the reading's cost)
    from tests.test_above_threshold_stop48 import _sources

    assert _sources(fast_models, COST, ROUND_COST, 0.95, one_unit=True) == ["S1", "S2"]
    assert _sources(fast_models, ROUND_COST, COST, 0.95, one_unit=True) == ["S1", "S2"]


def test_round_bounds() -> None:
    from newsfuse.align.above_threshold import gives_other_figure
    from newsfuse.align.units import quantities_of

    pairs = [
        ("it cost $1.1 million", "it cost more than $1 million", False),
        ("nearly 2,000 people came", "1,960 people came", False),
        ("more than 300 people came", "340 people came", False),
        ("more than 300 people came", "360 people came", True),  # rounds to 400
        ("nearly 2,000 people came", "2,040 people came", True),  # above "nearly"
        ("more than 7,500 people died", "9,000 people died", True),  # rounds to hundreds
        ("nearly 1,600 points were lost", "as much as 1,500 points were lost", True),
    ]
    for shown, cited, other in pairs:
        assert gives_other_figure(quantities_of(shown), quantities_of(cited)) is other, (shown, cited)
        assert gives_other_figure(quantities_of(cited), quantities_of(shown)) is other, (cited, shown)
