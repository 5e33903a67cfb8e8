"""No outlet cited for a quotation it does not print (issue 12, stop 44; align/citation_precision.py).

Invented stories of two outlets, each pair put in one unit as the same-fact model put the pairs of the stop-44
hand-read citation list: a person's quotation cited to another person's quotation that shares a phrase of the
story, and a short quotation cited to a sentence that names its speaker and none of its words. Both were cited
on main."""

from __future__ import annotations

from tests.test_align_citation_check import _sources as cited_sources

from newsfuse.align.citation_precision import (
    another_speakers_words,
    attribution_only,
    leaves_open,
    misses_short_quote,
    quotation_of,
)
from newsfuse.records import Quote, QuoteVariant

MAYOR_FIRST = (
    "Mayor Ilse Varga pressed the council of Keld on Wednesday to pay for the new sea wall. "
    "“The harbour workers are with me on this,” Mayor Ilse Varga said. "
    "The council has voted twice on the town's parking rules this month."
)
MAYOR_SECOND = (
    "Mayor Ilse Varga asked the council to fund the sea wall on Wednesday. "
    "“Her point was simply that the council should get busy with matters of great importance to the harbour "
    "workers,” press secretary Tomas Brekke told reporters. "
    "The council spent the week on parking rules."
)
WITH_ME = "“The harbour workers are with me"
HER_POINT = "“Her point was simply"

LEADER_FIRST = (
    "The council of Keld will vote on the sea wall next week. "
    "Council leader Ada Brant said “all options should be on the table.” "
    "The sea wall would cost about 40 million crowns."
)
LEADER_SECOND = (
    "The council will vote on the sea wall next week. "
    "Council leader Ada Brant of Varna has long backed the harbour workers of Keld. "
    "The wall would cost 40 million crowns."
)
OPTIONS = "Council leader Ada Brant said"
BACKED = "Council leader Ada Brant of Varna"


def _sources(fast_models, first: str, second: str, shown: str, member: str) -> list[str]:  # type: ignore[no-untyped-def]
    return cited_sources(fast_models, shown, member, first, second, parse=True)


def test_one_persons_quotation_is_not_backed_by_anothers(fast_models) -> None:
    """Editor read #14, d3: Obama's "The American people are with me with this" cited to his press secretary's
    "So his point was simply that the House should get busy with matters of great importance to the United
    States and to the American people."."""
    assert len(_sources(fast_models, MAYOR_FIRST, MAYOR_SECOND, WITH_ME, HER_POINT)) == 1


def test_a_short_quotation_is_not_backed_by_a_sentence_without_its_words(fast_models) -> None:
    """Stop 44 list, gold tune basil-2013-526cabb7: Reid saying "all options should be on the table" cited to
    "Senator Harry Reid of Nevada, the Democratic leader, is a longtime supporter of gun rights."."""
    assert len(_sources(fast_models, LEADER_FIRST, LEADER_SECOND, OPTIONS, BACKED)) == 1


def test_a_sentence_inside_a_quotation_over_several_sentences_has_its_quotes_speaker() -> None:
    quotes = [
        Quote(
            "Yes, it was a fair jab. So her point was simply that the council should get busy with the harbour.",
            "Tomas Brekke",
            ["S2"],
        ),
        Quote("The harbour workers are with me on this", "Ilse Varga", ["S1"], [QuoteVariant("with me", ["S3"])]),
    ]
    inside = "So her point was simply that the council should get busy with the harbour."
    assert quotation_of(quotes, "S2", inside)[1] == "Tomas Brekke"
    assert quotation_of(quotes, "S1", inside) == ("", None)  # not a quote S1 prints
    assert quotation_of(quotes, "S2", "The council met on Tuesday to vote on the harbour.") == ("", None)  # prose
    assert quotation_of(quotes, "S2", "The council should get busy.") == ("", None)  # a run too short to tell
    shown = quotation_of(quotes, "S1", "“The harbour workers are with me on this,” Mayor Ilse Varga said.")
    assert shown[1] == "Ilse Varga"
    assert another_speakers_words(shown, quotation_of(quotes, "S2", inside))
    # the same words credited to two people are the words a reader looks for
    same = ("the harbour workers are with me on this", "Ilse Varga")
    assert not another_speakers_words(same, ("the harbour workers are with me on this", "Lars Odegaard"))
    assert not another_speakers_words(same, ("so her point was simply that", None))  # one speaker unknown


def test_the_short_quotation_check_reads_only_quotations_of_few_words() -> None:
    cited = "Ada Brant has long backed the harbour workers."
    assert misses_short_quote(("Ada Brant said “all options should be on the table.”", cited))
    said = "Ada Brant said “all options should be on the table.”"
    assert not misses_short_quote((said, "No option is off the table."))
    # mostly prose: what she said is not the sentence's news alone
    assert not misses_short_quote(("Ada Brant, who leads the council of Keld, said the vote was “a start.”", cited))
    # five content words or more: citation_check.misses_quote reads it by word weight
    assert not misses_short_quote(("Brant said “all options for the harbour wall remain open today.”", cited))


THREAT_FIRST = (
    "The council of Keld will vote on the sea wall next week. "
    "If the council splits, Mayor Ilse Varga of Keld has threatened to call a snap vote on the sea wall. "
    "The sea wall would cost about 40 million crowns."
)
THREAT_SECOND = (
    "The council will vote on the sea wall next week. "
    "“Why should the town wait for the council?” "
    "Mayor Ilse Varga of Keld asked on Tuesday. "
    "The wall would cost 40 million crowns."
)
THREAT = "If the council splits"
ASKED = "Mayor Ilse Varga of Keld asked"


def test_a_line_that_only_says_who_spoke_backs_nothing(fast_models) -> None:
    """Stop 44 list, gold tune basil-2017-47a209b0: McConnell's threat of the nuclear option cited to "Senate
    Majority Leader Mitch McConnell, R-Ky., asked on Tuesday." (the tail of a quoted question)."""
    assert len(_sources(fast_models, THREAT_FIRST, THREAT_SECOND, THREAT, ASKED)) == 1


def test_an_attribution_line_is_speech_verbs_names_and_when() -> None:
    assert attribution_only("Senate Majority Leader Mitch McConnell, R-Ky., asked on Tuesday.")
    assert attribution_only("Mr. Perry said in a statement.")
    assert not attribution_only("Mr. Perry said the wall would cost more.")
    assert not attribution_only("“We will,” he said.")  # a quotation is what was said
    assert not attribution_only("The spokesman declined to comment.")


SEARCH_FIRST = (
    "The boat of Lars Odegaard was found empty off Keld on Sunday. "
    "Police said they are searching for a man who may have spoken with Odegaard at the Keld harbour on Saturday. "
    "The coast guard called off its search on Monday."
)
SEARCH_SECOND = (
    "Odegaard's boat was found empty on Sunday. "
    "It was unclear if police were still searching for the man Odegaard met at the Keld harbour on Saturday. "
    "The coast guard ended its search on Monday."
)
SEARCHING = "Police said they are searching"
UNCLEAR = "It was unclear if"


def test_a_sentence_that_says_nobody_knows_whether_backs_no_sentence_that_tells_it(fast_models) -> None:
    """Stop 44 list, gold tune multinews-141: "He added that police are searching for a person that may have come
    in contact with Stinson …" cited to "It was unclear if police were still searching for that person."."""
    assert len(_sources(fast_models, SEARCH_FIRST, SEARCH_SECOND, SEARCHING, UNCLEAR)) == 1
    assert leaves_open(("Police are searching for him.", "It is not yet clear whether police are searching."))
    assert not leaves_open(("It is unclear whether police are searching.", "It was unclear if police searched."))
    assert not leaves_open(("Police are searching for him.", "Police said it was clear he had fled."))
