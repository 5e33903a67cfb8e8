"""Stop 50 (issue 12): one word two outlets put in quotation marks tells one moment. Invented text.

On three BASIL triplets nobody had tuned on (docs/synthesis.md, stop 50), a fact two outlets report was shown with
one of them when each quoted the same single word inside sentences that tell the rest in other words ('… referred to
a reporter in the scrum as a "jackass."' / '… even calling one a "jackass" for interrupting him.', pair score 0.81
against the unit threshold 0.9). The quoted-term route of ``facts.fact_sources`` read two to six quoted words only
(``units.quoted_terms``); a rare quoted word (``facts.quoted_words``) now counts as a term too, and the citation still
passes every check of ``Backing.states``.
"""

from __future__ import annotations

from tests.test_above_threshold_stop48 import _sources

SHOWN = 'At one point on Tuesday, the mayor of Keld called a reporter in the crowd a "weasel."'
INSIDE = (
    "Earlier this week the sometimes combative mayor was sharp with the press at the harbour, refusing to answer "
    'questions about the ferry contract and even calling one reporter a "weasel" for interrupting him.'
)


def test_a_rare_quoted_word_backs_the_fact_outside_its_unit(fast_models) -> None:  # type: ignore[no-untyped-def]
    # two units, pair score 0.81 (below the threshold 0.9): the shared quoted word lets the other outlet back it
    assert _sources(fast_models, SHOWN, INSIDE, 0.81, one_unit=False) == ["S1", "S2"]
    assert _sources(fast_models, INSIDE, SHOWN, 0.81, one_unit=False) == ["S1", "S2"]
    # the word unquoted, or another word quoted, backs nothing
    assert _sources(fast_models, SHOWN, INSIDE.replace('"weasel"', "weasel"), 0.81, one_unit=False) == ["S1"]
    assert _sources(fast_models, SHOWN, INSIDE.replace('"weasel"', '"liar"'), 0.81, one_unit=False) == ["S1"]


def test_quoted_words() -> None:
    from newsfuse.align.facts import quoted_words

    assert quoted_words('He called him a "weasel."') == {"weasel"}
    assert quoted_words("not on the “wisdom” of the project") == {"wisdom"}
    assert quoted_words('"mischief," he said') == {"mischief"}
    # two words or more are units.quoted_terms' ("a “no limits” pact"); a short word, a figure or a stop word is no term
    for text in ["a “no limits” pact", 'he said "no"', 'the "2018" plan', 'the word "this"', 'a "bad" idea']:
        assert quoted_words(text) == frozenset(), text
