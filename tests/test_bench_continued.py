"""Stop 41: the bench's "needs context" count accepts a dangling sentence in one case only, the issue's "unless
the sentence before it in the summary names the referent": the summary sentence before it is the one before it
in a source article (each by deletion), and a person left unnamed is named there (bench/readability.py)."""

from __future__ import annotations

from bench.readability import continued, counts, needs_context

ARTICLE = [
    "The river flooded the valley on Monday, the mayor said.",
    "Councillor Wenna Tregarthen, a retired engineer, opened the town hall to families.",
    "She said the hall would stay open until the water drops.",
    "The council met again on Tuesday.",
    "It voted to buy two new pumps.",
]
OTHER = ["The valley's farmers counted their losses.", "They said the harvest was gone."]
SOURCES = [ARTICLE, OTHER]


def test_a_continuation_right_after_the_sentence_before_it_in_its_article_is_accepted() -> None:
    summary = [ARTICLE[1], ARTICLE[2]]
    assert continued(summary[0], summary[1], SOURCES)
    assert not needs_context(summary, 1, SOURCES)
    assert counts([summary], sources=[SOURCES])[0] == 0
    assert counts([summary])[0] == 1  # without the sources every dangling sentence counts


def test_either_sentence_may_be_shortened_by_deletion() -> None:
    summary = ["Councillor Wenna Tregarthen opened the town hall to families.", "She said the hall would stay open."]
    assert not needs_context(summary, 1, SOURCES)


def test_after_any_other_sentence_it_still_counts() -> None:
    # its article's sentence two before it, another article's sentence, or nothing before it
    assert needs_context([ARTICLE[0], ARTICLE[2]], 1, SOURCES)
    assert needs_context([OTHER[0], ARTICLE[4]], 1, SOURCES)
    assert needs_context([ARTICLE[4]], 0, SOURCES)
    # the order reversed: the writer's previous sentence shown after it
    assert needs_context([ARTICLE[4], ARTICLE[3]], 1, SOURCES) is False  # not dangling at all
    assert needs_context([ARTICLE[2], ARTICLE[1], ARTICLE[4]], 2, SOURCES)


def test_a_person_left_unnamed_needs_a_name_in_the_sentence_before() -> None:
    article = ["The council met again on Tuesday.", "He said the pumps would arrive in May."]
    assert needs_context(article, 1, [article])
    # a thing needs no name: "It voted ..." after the council's sentence is the writer's order
    assert not needs_context([ARTICLE[3], ARTICLE[4]], 1, SOURCES)
    # an unnamed speaker at the end is a person too
    quoted = ["The council met again on Tuesday.", "“We will buy the pumps,” she said."]
    assert needs_context(quoted, 1, [quoted])
    named = ["Tregarthen spoke first at the meeting.", "“We will buy the pumps,” she said."]
    assert not needs_context(named, 1, [named])
