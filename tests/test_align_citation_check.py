"""A citation stands only where the other outlet's sentence states the fact (align/citation_check.py).

Invented sentences of one invented story (a prize night told by two outlets): the story's topic words are in
most sentences, so a sentence of the other outlet that shares only those states nothing of a shown sentence
with its own detail; one that gives the detail, or a rare word of it, does."""

from __future__ import annotations

import numpy as np

from newsfuse.options import Options

FIRST = (
    "The Tessel Prize was awarded on Sunday night in Varna. "
    "Marta Ivers won the prize for best film, her second prize in four years. "
    "The prize jury praised the film's quiet ending. "
    "Composer Lars Odegaard, who won the prize for best score, joked backstage that the orchestra had drowned out "
    "his own speech. "
    "The prize ceremony ran almost an hour late. "
    "Ivers thanked her crew and her mother for the prize."
)
SECOND = (
    "Marta Ivers won the Tessel Prize for best film on Sunday. "
    "It was the night's biggest prize. "
    '"We would have loved to take the big prize home," a producer of a losing film said. '
    "Odegaard said the orchestra had drowned out his speech. "
    "Ivers had won the prize before, in 2021. "
    "The prize jury met for two days."
)
SHOWN = "Composer Lars Odegaard"
TOPIC_ONLY = '"We would have loved'
DETAIL = "Odegaard said the orchestra"


def _sources(fast_models, shown: str, member: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The outlets :func:`fact_sources` cites for a unit of two sentences, ``shown`` the one shown."""
    from newsfuse.align.facts import Backing, fact_sources
    from newsfuse.align.units import Unit, UnitMap, quantities_of
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    documents = [RawDocument(path="0.txt", text=FIRST), RawDocument(path="1.txt", text=SECOND)]
    story = story_from_documents(documents, Options(), fast_models, [])
    texts = [s.text for s in story.sentences]
    rep = next(i for i, t in enumerate(texts) if t.startswith(shown))
    other = next(i for i, t in enumerate(texts) if t.startswith(member))
    unit_of = [0 if i in (rep, other) else 1 for i in range(len(texts))]
    units = UnitMap(
        [Unit([rep, other])], unit_of, [quantities_of(t) for t in texts], np.zeros((len(texts), len(texts))), 0.9
    )
    return fact_sources(story, units, [rep, other], rep, Backing.of(story))


def test_a_sentence_that_shares_only_the_storys_topic_words_is_no_source(fast_models) -> None:
    assert len(_sources(fast_models, SHOWN, TOPIC_ONLY)) == 1


def test_a_sentence_that_gives_the_detail_is_a_source(fast_models) -> None:
    assert len(_sources(fast_models, SHOWN, DETAIL)) == 2


def test_a_short_sentence_states_the_shown_one_through_a_rare_word_or_a_full_name() -> None:
    """Few words of the shown sentence, but one that few of the story's items hold, or a person named in full:
    the other outlet gives that detail ("he promised to repay the settlement" for "... he would repay the
    $84,000 to the Treasury ..."; "The boy, Tobin Reyes, died" for "Darla Finch faces murder charges in
    connection with Tobin Reyes's death"); a common word of the story, or a surname alone, does not."""
    from newsfuse.align.citation_check import states

    common = ["score", "orchestra", "drown", "speech", "backstage", "joked", "composer", "lars", "own", "hall"]
    idf = {"odegaard": 2.2, "prize": 0.1, "won": 0.4} | dict.fromkeys(common, 2.0)
    shown = frozenset(idf)
    items = 30  # idf 2.2 (a word in 3.3 of 30 items) is rare, 2.0 (in 4) is not
    text = "Composer Lars Odegaard, who won the prize, joked backstage that the orchestra drowned out his speech."
    assert states(shown, frozenset({"odegaard", "noise"}), idf, items, (text, "Odegaard heard the noise."))
    assert not states(shown, frozenset({"orchestra", "noise"}), idf, items, (text, "The orchestra made noise."))
    assert not states(shown, frozenset({"prize", "won", "big"}), idf, items, (text, "He won the big prize."))
    assert states(shown, frozenset({"lars", "noise"}), idf, items, (text, "Lars Odegaard heard the noise."))
    assert not states(shown, frozenset({"lars", "noise"}), idf, items, (text, "Lars heard the noise."))
