"""Stop 56 (issue 12 item 4, branch h-conf56): who proposed the act (``align/in_words.request_conflicts``), on
invented text.

Editor read #29 (Multi-News row 58) found "Plaskett asked McCullum to take her iPhone to an Apple store" printed as
one fact with the two outlets that say "McCullum offered … to help take … iPhone to a local Apple store": the same
named person asked to act in one outlet, offering to in another. No rule read it (the initiative rule of stop 51
reads "on his own" against "at the request of").
- A conflict "whose initiative", and the sentence of one side not cited for the other.
- Guards: an outlet telling both (she asked, he had offered), two people, two acts (no words of the act alike), a
  request negated ("never asked"), a request inside a quotation.
The tests of the rule fail on main 67de1ee (no conflict; the fact cites both outlets); the guards pass on both.
"""

from __future__ import annotations

from tests.test_conflicts_stop50 import _conflicts, _story

_ASKED = "The mayor, Ilse Varga, asked Tomas Lunde to carry the flood maps to the harbour office for copying in March."
_OFFERED = "Tomas Lunde offered in March to carry the mayor's flood maps to the harbour office for copying."


def test_asked_to_act_against_offered_to_act_is_a_conflict(models):
    brief = _story(models, _ASKED, _OFFERED)
    assert _conflicts(brief) == [("whose initiative", ["Tomas Lunde offered in March to", "asked Tomas Lunde to"])]


def test_a_sentence_of_one_side_is_not_cited_for_the_other(models):
    brief = _story(models, _ASKED, _OFFERED)
    for fact in brief.facts:
        if "flood maps" in fact.text:
            assert len(fact.sources) == 1, (fact.text, fact.sources)


def test_reading_who_is_asked_and_who_offers():
    from newsfuse.align.in_words import requests_in

    [(asked, agent, act, phrase)] = requests_in(_ASKED)
    assert (asked, agent, phrase) == (True, "Lunde", "asked Tomas Lunde to")
    assert {"carry", "flood", "harbo", "offic", "copyi"} <= act
    [(asked, agent, _, phrase)] = requests_in(_OFFERED)
    assert (asked, agent, phrase) == (False, "Lunde", "Tomas Lunde offered in March to")
    [(asked, agent, _, phrase)] = requests_in("Tomas Lunde was asked by the mayor to carry the flood maps.")
    assert (asked, agent, phrase) == (True, "Lunde", "Tomas Lunde was asked by the mayor to")
    both = "Varga asked Tomas Lunde to carry the maps and asked Erik Dahl to copy them."
    assert [(asked, agent) for asked, agent, _, _ in requests_in(both)] == [(True, "Lunde"), (True, "Dahl")]
    assert requests_in("Varga never asked Tomas Lunde to carry the flood maps to the harbour office.") == []
    assert requests_in('"I asked Tomas Lunde to carry the maps to the office," Varga said.') == []
    assert requests_in("She asked the clerk to carry the maps.") == []  # no named person: nobody to compare


def test_an_outlet_telling_both_two_people_or_two_acts_is_no_conflict(models):
    both = _ASKED + " Tomas Lunde had offered to carry the flood maps to the harbour office himself, she said."
    assert _conflicts(_story(models, both, _OFFERED)) == []
    other_person = _OFFERED.replace("Tomas Lunde", "Erik Dahl")
    assert _conflicts(_story(models, _ASKED, other_person)) == []
    other_act = "Tomas Lunde offered in March to chair the harbour committee's budget review on the new ferry."
    assert _conflicts(_story(models, _ASKED, other_act)) == []
