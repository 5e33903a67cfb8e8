"""Entity rules of stop 43 (editor read #14 of five new stories: d1, d2, d3, r101, r109). All text here is invented;
each test failed before its rule."""

from __future__ import annotations

from collections import Counter

from tests.test_lead_stop41 import _people

from newsfuse.nlp.aliases import name_key, strip_titles
from newsfuse.nlp.entities import canonical_name
from newsfuse.records import Entity


def _holding(entities: list[Entity], word: str) -> list[Entity]:
    return [e for e in entities if any(word in n for n in (e.name, *e.aliases))]


def test_a_title_word_that_names_an_institution_is_kept() -> None:
    # d1: "Department — ORG (also: Justice Department)": "Justice" was stripped as a judge's title
    assert strip_titles("Justice Department") == "Justice Department"
    assert name_key("the Justice Department's") == "justice department"
    assert strip_titles("General Motors") == "General Motors"
    assert strip_titles("Justice Sandra Ortiz") == "Sandra Ortiz"
    assert strip_titles("President Obama") == "Obama"


def test_a_dateline_in_capitals_and_a_cut_point_are_not_the_name_shown() -> None:
    # d2: "WASHINGTON — GPE (also: Washington)"; d1: "U.S — GPE"
    from newsfuse.nlp.entities import with_final_point

    assert canonical_name(_counted("WASHINGTON", "WASHINGTON", "Washington")) == "Washington"
    assert with_final_point("U.S") == "U.S."
    assert with_final_point("W.Va") == "W.Va."
    assert with_final_point("Ariz") == "Ariz."
    assert with_final_point("Arizona") == "Arizona"


def _counted(*names: str) -> Counter[str]:
    return Counter(names)


def test_a_state_abbreviation_and_dc_join_their_place(fast_models) -> None:
    # d1: "Ariz — GPE" beside "Arizona"; d3: "D.C — GPE" beside "Washington"; both printed without their point
    entities = _people(
        fast_models,
        [
            ["Sheriff Tom Vardell of Pinal County, Ariz., spoke in Concord on Monday."],
            ["Arizona voters like him. He met the governor of Arizona last year."],
            ["The senator spoke in Washington, D.C., on Friday.", "Washington was quiet."],
        ],
    )
    arizona = _holding(entities, "Ariz")
    assert len(arizona) == 1 and arizona[0].name == "Arizona", [(e.name, e.aliases) for e in arizona]
    capital = _holding(entities, "D.C")
    assert len(capital) == 1 and capital[0].name == "Washington", [(e.name, e.aliases) for e in capital]
    assert not any(n.endswith(("U.S", "D.C")) for e in entities for n in (e.name, *e.aliases))


def test_an_initial_before_a_first_name_and_the_arabic_article_join_one_name(fast_models) -> None:
    # d2: "Chris Stevens" and "J. Christopher Stevens" two people; "al-Qa'ida" apart from "Al Qaeda"
    entities = _people(
        fast_models,
        [
            ["Ambassador J. Christopher Halloway was killed in the attack, officials said."],
            ["Chris Halloway had served in Dunmore before. Al Qaeda was blamed."],
            ["An internal memo said al-Qa'ida had trained fighters near Dunmore."],
        ],
    )
    halloways = _holding(entities, "Halloway")
    assert len(halloways) == 1, [(e.name, e.aliases) for e in halloways]
    assert len(_holding(entities, "Qa")) == 1, [(e.name, e.aliases) for e in _holding(entities, "Qa")]


def test_a_role_phrase_a_group_a_job_acronym_and_an_ambassador_are_typed_right(fast_models) -> None:
    # d1: 'the self-titled America's Toughest Sheriff' a person; d2: "another terrorist group, Ansar al-Sharia" a
    # person, '"RSO (Regional Security Officer) expressed concerns' an organisation, "Ambassador Pickering said" an
    # organisation; r109: "director of genetics, Kleberg Chair" a person
    entities = _people(
        fast_models,
        [
            [
                "Mr. Vardell had a busy day with Mr. Perry through Concord. The self-titled Norvale's Toughest "
                "Sheriff, who famously brought back chain gangs in 1995, was there."
            ],
            ["Officials named another militant group, Ansar al-Dawla, in the first draft."],
            ['"RSO (Regional Security Officer) expressed concerns about the compound," the cable said.'],
            ["Ambassador Pickering said the board was right."],
            [
                '"We will try," said Oskar Lindqvist, director of genetics, Halvorsen Chair, San Remo Zoo Institute '
                "for Research."
            ],
        ],
    )
    kinds = {e.name: e.type for e in entities}
    assert not any(n.endswith(("Sheriff", "Chair")) for n in kinds), kinds
    assert kinds.get("Ansar al-Dawla") in (None, "ORG", "NORP"), kinds
    assert "RSO" not in kinds, kinds
    assert kinds.get("Pickering") == "PERSON", kinds


def test_head_words_a_bracket_an_adjective_and_a_party_make_the_right_entities(fast_models) -> None:
    # d3: "American Jobs Act — ORG", "Capitol] Visitor Center — ORG", "Congressional — NORP", "Democratic" and
    # "Democrats" two groups; r109: "San Diego Zoo — PERSON", "Frozen Zoo — PERSON"
    entities = _people(
        fast_models,
        [
            ["The president urged Congress to pass the Harbour Jobs Act on Monday.", "Democrats backed it."],
            ['"When the [Norvale] Visitor Centre opened, they left the motto out," Forbes said.'],
            ["The Democratic leader spoke about the Congressional schedule and the Harbour Jobs Act."],
            [
                "She came to the park in 1989 from the Dunmore Zoo.",
                "The Norvale Institute's Frozen Zoo contains viable cell cultures from 12 different rhinos.",
            ],
        ],
    )
    kinds = {e.name: e.type for e in entities}
    assert kinds.get("Harbour Jobs Act") == "LAW", kinds
    assert not any("[" in n or "]" in n for e in entities for n in (e.name, *e.aliases)), kinds
    assert "Congressional" not in kinds, kinds
    assert len(_holding(entities, "Democra")) <= 1, kinds
    assert all(t != "PERSON" for n, t in kinds.items() if n.endswith("Zoo")), kinds


def test_a_name_the_tagger_cut_runs_on_into_the_name_after_it(fast_models) -> None:
    # r109: "the San Diego Zoo" then "Safari Park" (tagged apart): the park was absent and the zoo took its mentions
    entities = _people(
        fast_models,
        [
            ["The keepers moved Tana to the San Diego Zoo Safari Park in 1990. Visitors to the Safari Park loved her."],
        ],
    )
    names = {e.name for e in entities}
    assert "San Diego Zoo Safari Park" in names and "San Diego Zoo" not in names, names
