"""Speakers the editor reads of stop 28 found wrong, each class with invented text: an acronym spelled out in lower
case ("a true electrocardiogram (ECG)") is no organisation that speaks (row 142), an aged name is a person (row
138), a bare family name is the person named in its article (row 191), a name with a role in apposition is a person
(row 185)."""

from __future__ import annotations

from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import RawDocument

AGED = (
    "Keld's secret harbour is named in papers at last\n\n"
    "Old papers about the harbour were released to Jon Richter, a historian, who had asked for them in 2005.\n\n"
    "“It is clearly a conscious decision to name the place,” Richter said. The 400-page history, “The Harbour "
    "Authority and Coastal Watch,” was released to Richter in June.\n\n"
    "T.D. Varnes, 75, of Marrow Bay worked at the harbour in the 1960s.\n\n"
    "“There is not much new here, but they are confirming what we knew,” said Varnes.\n\n"
    "“We would secretly track the boats for the navy,” he said."
)


def test_an_aged_name_is_a_person_and_a_works_title_is_no_quote(models) -> None:
    """Editor read a28, row 138: "T.D. Barnes, 75," was tagged an organisation, so "he said" after his quote went
    to the historian; a history's title was listed as the historian's quote."""
    brief = brief_from_documents([RawDocument("a.txt", AGED)], Options(), models)
    speakers = {q.text: q.speaker for q in brief.quotes}
    track = next(text for text in speakers if text.startswith("We would secretly track"))
    assert speakers[track] == "T.D. Varnes"
    assert not any("Coastal Watch" in text for text in speakers)


def test_an_acronym_spelled_out_in_lower_case_is_no_entity(models) -> None:
    """ "a true echocardiogram (ECG)" was an organisation of the brief and the speaker of five quotes (editor read
    a28, row 142)."""
    text = (
        "Trackers fail a heart test\n\nEach runner wore the tracker on both wrists, measured against a true "
        "electrocardiogram (ECG), the gold standard of heart rate monitoring.\n\nAt high effort the average gap "
        "between the trackers and the ECG was 20 beats per minute, the study found.\n\nThe ECG recorded every beat, "
        "while the trackers missed many."
    )
    brief = brief_from_documents([RawDocument("a.txt", text)], Options(), models)
    assert "ECG" not in {e.name for e in brief.entities}


def test_a_bare_family_name_is_the_one_named_in_its_article(models) -> None:
    """Editor read c28, row 191: a mother's letter ("Hockley writes") was credited to her son, named more often in
    another article."""
    mother = (
        "A mother writes to her younger self\n\nIn a letter on a parents' site, Nora Velk writes to the mother she was "
        "before she lost her son Tomas in the Keld ferry fire.\n\n“The fire changed every part of your life,” Velk "
        "writes.\n\nRead Velk's letter to herself here."
    )
    court = (
        "Families of ferry victims file claims\n\nClaims were filed this month for Tomas Velk, Ana Brandt and Piet "
        "Lunde, who died in the Keld ferry fire. Tomas Velk was nine. The family of Tomas Velk asked the court for a "
        "hearing, and Tomas Velk's school held a vigil."
    )
    brief = brief_from_documents([RawDocument("a.txt", mother), RawDocument("b.txt", court)], Options(), models)
    speakers = {q.text: q.speaker for q in brief.quotes}
    letter = next(text for text in speakers if text.startswith("The fire changed"))
    assert speakers[letter] == "Nora Velk"


def test_a_bare_family_name_resolves_to_the_person_named_first_in_its_article() -> None:
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster, EntityIndex, LocatedMention

    mother = EntityCluster("Nora Velk", "PERSON", Counter({"Nora Velk": 1}), {"S1"}, 1)
    son = EntityCluster("Tomas Velk", "PERSON", Counter({"Tomas Velk": 4, "Tomas": 1}), {"S1", "S2"}, 5)
    located = [
        LocatedMention("S1", 0, 10, 19, "Nora Velk", "PERSON"),
        LocatedMention("S1", 3, 300, 310, "Read Velk's", "PERSON"),
        LocatedMention("S2", 0, 20, 30, "Tomas Velk", "PERSON"),
    ]
    index = EntityIndex([mother, son], located)
    assert index.resolve("Velk", "S1") is mother
    assert index.resolve("Velk", "S2") is son
    assert index.resolve("Velk") is son  # no article: the most mentioned


def test_a_name_with_a_role_in_apposition_is_a_person() -> None:
    """ "Sculthorpe" of "Heather Sculthorpe, chief executive of the Tasmanian Aboriginal Center," was typed a place,
    so her quotes after "she said" had no speaker (editor read c28, row 185)."""
    from newsfuse.nlp.entities import LocatedMention, _label_by_what_follows

    text = "Ines Marrowgate, chief executive of the Keld Heritage Council, called the work an insult."
    mention = LocatedMention("S1", 0, 5, 15, "Marrowgate", "GPE")
    assert _label_by_what_follows("GPE", mention, text) == "PERSON"
    place = "They moved to Keld, capital of the island, in May."
    assert _label_by_what_follows("GPE", LocatedMention("S1", 0, 14, 18, "Keld", "GPE"), place) == "GPE"
