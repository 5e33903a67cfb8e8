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


def _sources(  # type: ignore[no-untyped-def]
    fast_models, shown: str, member: str, first: str = FIRST, second: str = SECOND, parse: bool = False
) -> list[str]:
    """The outlets :func:`fact_sources` cites for a unit of two sentences, ``shown`` the one shown (with
    ``parse``, the two sentences' actors and acts read as the fact graph reads them)."""
    from newsfuse.align.facts import Backing, fact_sources
    from newsfuse.align.units import Unit, UnitMap, quantities_of
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    documents = [RawDocument(path="0.txt", text=first), RawDocument(path="1.txt", text=second)]
    story = story_from_documents(documents, Options(), fast_models, [])
    texts = [s.text for s in story.sentences]
    rep = next(i for i, t in enumerate(texts) if t.startswith(shown))
    other = next(i for i, t in enumerate(texts) if t.startswith(member))
    unit_of = [0 if i in (rep, other) else 1 for i in range(len(texts))]
    units = UnitMap(
        [Unit([rep, other])], unit_of, [quantities_of(t) for t in texts], np.zeros((len(texts), len(texts))), 0.9
    )
    backing = Backing.of(story)
    if parse:
        backing.read_actors(story, [rep, other], fast_models.parse)
    return fact_sources(story, units, [rep, other], rep, backing)


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


# The second outlet's page ends with a bare cheer and a list of tags: neither would be listed as a fact
# (``facts.states_something``), so neither backs one, whatever the pair model scores them
TAGGED = (
    "Marta Ivers won the Tessel Prize for best film on Sunday. "
    "Odegaard said the orchestra had drowned out his speech.\n\n"
    "Ivers!\n\n"
    # with its full stop, so the cleaner's link-label rule (stop 51: "Read more about: …" without one is boilerplate)
    # leaves it for the citation check to judge
    "Read more about: Marta Ivers, Lars Odegaard, Tessel Prize."
)


def test_a_bare_name_or_a_list_of_tags_backs_no_fact(fast_models) -> None:
    assert len(_sources(fast_models, "Marta Ivers won the prize", "Ivers!", second=TAGGED)) == 1
    assert len(_sources(fast_models, "Composer Lars Odegaard", "Read more about", second=TAGGED)) == 1
    assert len(_sources(fast_models, SHOWN, DETAIL, second=TAGGED)) == 2


APPOINTED = (
    "The Tessel Prize was awarded on Sunday night in Varna. "
    "Marta Ivers won the prize for best film. "
    "Marta Ivers was appointed on Monday to chair the festival's jury next year, the organisers announced. "
    "The prize ceremony ran almost an hour late."
)
THANKED = (
    "Marta Ivers won the Tessel Prize for best film on Sunday. "
    "Marta Ivers thanked her crew and her mother. "
    "Ivers will chair the jury next year. "
    "The prize jury met for two days."
)


def test_a_sentence_that_names_the_actor_but_tells_another_act_is_no_source(fast_models) -> None:
    """Multi-News validation rows 198 and 205 (stop 31 read): "Gillibrand has said repeatedly that Hillary
    Clinton should run." was cited for "Gillibrand served ... before she was appointed to the Senate in 2009,
    filling the seat vacated by Hillary Clinton ..."; the two name the same people, so the full names let it
    through. Neither gives an act (a verb) of the other and it holds little of the shown sentence's weight: it
    tells another act of the same people. One that gives the act ("will chair") states it."""
    shown = "Marta Ivers was appointed"
    assert len(_sources(fast_models, shown, "Marta Ivers thanked", APPOINTED, THANKED, parse=True)) == 1
    assert len(_sources(fast_models, shown, "Ivers will chair", APPOINTED, THANKED, parse=True)) == 2
    # without parses no act is read: the names let it through as before
    assert len(_sources(fast_models, shown, "Marta Ivers thanked", APPOINTED, THANKED)) == 2


def test_either_sentence_may_give_the_others_act() -> None:
    """The act is shared when a verb of either sentence is a word or a verb of the other ("is married" read as
    an adjective in one, "married" a verb in the other); a shown sentence without a verb has no act to miss."""
    from newsfuse.align.citation_check import tells_an_act

    none: frozenset[str] = frozenset()
    assert tells_an_act((frozenset({"appoint"}), frozenset({"chair"})), (frozenset({"chair", "jury"}), none))
    assert tells_an_act((frozenset({"rank"}), frozenset({"marry"})), (frozenset({"marry", "daughter"}), none))
    assert not tells_an_act((frozenset({"appoint"}), frozenset({"thank"})), (frozenset({"jury"}), frozenset({"crew"})))
    assert tells_an_act((none, frozenset({"thank"})), (frozenset({"jury"}), frozenset({"crew"})))


APPOINTED_LINES = APPOINTED.replace(". ", ".\n\n")
HEADED = (
    "Marta Ivers won the Tessel Prize for best film on Sunday.\n\n"
    "Critics praise Marta Ivers and her festival jury\n\n"
    "Marta Ivers named to chair the festival jury\n\n"
    "The prize jury met for two days."
)


def test_a_heading_line_that_gives_none_of_the_shown_acts_is_no_source(fast_models) -> None:
    """Multi-News validation row 151 (stop 32 editor read): a related-story link left in the text, "Politicians
    denounce <name>'s racist remarks", was the other outlet cited for "<name> attempted again on Thursday to
    clarify controversial remarks."; a headline names the story's people and topic words and so passes the share
    and the full names, but a line of its own without a closing stop (a heading, a caption, a link) states no
    act it does not give: one that gives a verb of the shown sentence ("named to chair") still backs it."""
    shown = "Marta Ivers was appointed"
    lines = {"first": APPOINTED_LINES, "second": HEADED, "parse": True}
    assert len(_sources(fast_models, shown, "Critics praise Marta Ivers", **lines)) == 1  # type: ignore[arg-type]
    assert len(_sources(fast_models, shown, "Marta Ivers named to chair", **lines)) == 2  # type: ignore[arg-type]
    # the same words closed by a stop inside a paragraph are a sentence, read as before
    told = HEADED.replace("jury\n\nMarta", "jury. Marta").replace("Critics praise", "Critics praised")
    assert len(_sources(fast_models, shown, "Critics praised Marta Ivers", APPOINTED_LINES, told, parse=True)) == 2


def test_a_heading_line_has_no_closing_stop_and_a_paragraph_of_its_own() -> None:
    from newsfuse.align.citation_check import heading_lines

    places = [("a", 0), ("a", 1), ("a", 2), ("a", 2), ("a", 3), ("b", 0)]
    texts = [
        "Critics praise Ivers and her jury",  # a heading
        "Ivers thanked her crew.",  # closed by a stop
        "Ivers won",  # one of two sentences of its paragraph
        "She thanked her crew.",
        "Instead, the jury met for two days in a hall that",  # cut off: ends with a small word
        "Ivers to chair jury: 'I am honoured'",  # a heading with a quotation not closed by a mark
    ]
    assert heading_lines(places, texts) == [True, False, False, False, False, True]
