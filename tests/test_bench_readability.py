"""The bench's own stand-alone scorer (bench/readability.py): what it counts, and that it is not the
product's rule (it must catch a sentence the product's ``needs_context`` would let through)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from bench.readability import counts, dangling, not_people, unintroduced


@pytest.mark.parametrize(
    "sentence",
    [
        "This is a very difficult mission, officials said.",
        "“We will not allow this,” he said.",
        "He arrived in Moscow on Monday.",
        "On Monday, they signed the agreements.",
        "On Monday, the first day of Mr. Xi's three-day visit, the two leaders focused on trade.",
        "The army will leave by Friday, said he on Monday.",
        "“It is over,” she told reporters on Friday.",
        "Those who stayed were rescued.",
    ],
)
def test_dangling(sentence: str) -> None:
    assert dangling(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ana Lopez said the town would rebuild.",
        "“We will not allow this,” Putin said.",
        "That year the town flooded twice.",
        "There were 20 people on board, police said.",
        "In a statement, the ministry said the talks were useful.",
    ],
)
def test_standing_alone(sentence: str) -> None:
    assert not dangling(sentence)


def test_people_first_named_by_surname_honorific_or_age() -> None:
    assert unintroduced(["Mosby confirmed the charges.", "Marilyn Mosby spoke again."]) == [(0, "Mosby")]
    assert unintroduced(["State's Attorney Marilyn Mosby spoke.", "Mosby confirmed the charges."]) == []
    assert unintroduced(["Mr. Xi arrived in Moscow."]) == [(0, "Xi")]
    assert unintroduced(["Xi Jinping arrived.", "Mr. Xi met Mr. Putin."]) == [(1, "Putin")]
    # a middle initial between first name and surname
    assert unintroduced(["President-elect Donald J. Trump spoke.", "Mr. Trump and Mr. Stallone met."]) == [
        (1, "Stallone")
    ]
    assert unintroduced(["A request by Jeffrey T. Richelson.", "“It is clear,” Richelson said."]) == []
    assert unintroduced(["Pilot T.D. Roe flew it.", "“It was clear,” Roe said.", "“No,” Poe said."]) == [(2, "Poe")]
    assert unintroduced(["Sen. Tilda K. Roe also defended the plan.", "“No,” Roe said."]) == []
    assert unintroduced(["The 35-year-old was charged on Monday."]) == [(0, "The 35-year-old")]
    assert unintroduced(["A 90-year-old Texas woman is trying to make Juneteenth a national holiday."]) == []
    assert unintroduced(["Police said the road was closed."]) == []
    # an opening straight quote is no closing one: "Was" is the quotation's first word, Paula the speaker
    assert unintroduced(['"Was told they were totally safe," Paula said.']) == [(0, "Paula")]
    assert unintroduced(["Scientists said on Wednesday they had found a new way to make ethanol."]) == []
    # a beauty pageant's title is no person; "Miss" before a surname still is an honorific
    assert unintroduced(["The runner-up for the Miss Ohio pageant, Jane Roe, won the Miss America crown."]) == []
    assert unintroduced(["Miss Roe said she was told her age was no issue."]) == [(0, "Roe")]


def test_counts_skip_budget_cuts() -> None:
    summaries = [["He said it was over and done with.", "He left."], ["Mosby confirmed the news on Friday."]]
    assert counts(summaries) == (1, 2, 1)


def test_scorer_is_independent_of_the_product() -> None:
    source = Path(__file__).parents[1] / "bench" / "readability.py"
    imported = [
        n.module or "" for n in ast.walk(ast.parse(source.read_text(encoding="utf-8"))) if isinstance(n, ast.ImportFrom)
    ]
    assert not [m for m in imported if m.startswith("newsfuse")]


def test_a_company_or_a_one_name_person_is_no_bare_surname() -> None:
    entities = [
        ("Veltra", "ORG", []),
        ("Nadia Orlov", "PERSON", ["Orlov"]),
        ("Mirel", "PERSON", []),
        ("Kade", "PERSON", []),
        ("Tamsin", "GPE", []),
        ("Ruth Tamsin", "NORP", []),
    ]
    sources = ["Veltra said its pump failed.", "Singer Mirel sang.", "Kade said no.", "Nadia Orlov spoke."]
    known = not_people(entities, sources)
    # the company is named by its own name; Kade is all any source calls him; "Singer Mirel" is a
    # fuller form, and Orlov's first name is written: both are still asked for; "Tamsin" ends a longer
    # name, whatever NER labelled either
    assert known == {"Veltra", "Kade"}
    summary = ["Veltra said the pump failed.", "Orlov said so.", "“No,” Mirel said.", "Kade said no."]
    assert unintroduced(summary, known) == [(1, "Orlov"), (2, "Mirel")]
    assert counts([summary], min_words=1, known=[known]) == (0, 4, 2)
