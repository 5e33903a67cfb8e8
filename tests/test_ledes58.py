"""The lede check made stricter at stop 58 (bench/ledes57.py) and its second labelled set (bench/gold/ledes58.jsonl).
Invented text. Each assertion marked "stricter" passes a lede that main d8d76bd's check passed and an editor would
not sign (stop 57 found three: a lead-up, a glued headline, a bare surname), so these fail on main's bench."""

from __future__ import annotations

from bench.ledes57 import SETS, LedeLabel, glued_headline, load, states

_MAYOR = LedeLabel(
    row=0,
    split="tune",
    development="the Lakeside mayor resigned",
    ways=((("mayor", "smith"), ("resign", "quit", "stepp(ed|ing) down")),),
    names=(("smith", "ann smith|mayor smith"),),
)


def test_a_lede_that_leans_on_a_sentence_before_or_opens_with_a_quotation_is_wrong() -> None:
    assert states(_MAYOR, "Lakeside Mayor Ann Smith resigned on Monday after a week of protests.")
    assert not states(_MAYOR, "“Enough,” said Ann Smith, who quit as mayor on Monday.")  # stricter
    assert not states(_MAYOR, "So it was that Mayor Ann Smith resigned on Monday.")  # stricter
    assert not states(_MAYOR, "Still, Mayor Ann Smith resigned on Monday.")  # stricter
    assert states(_MAYOR, "So-called reform mayor Ann Smith resigned on Monday.")  # "So-" is a word of its own


def test_a_person_named_by_surname_alone_is_no_lede() -> None:
    assert not states(_MAYOR, "Audio of Smith's last council meeting, where she resigned, was released.")  # stricter
    assert states(_MAYOR, "Audio of Ann Smith's last council meeting, where she resigned, was released.")


def test_a_headline_glued_to_its_first_line_is_no_lede() -> None:
    documents = ["Otters use stones to open shells. The otters at the park were filmed."]
    glued = "Otters learn to crack shells with stones Otters at Lakeside Park have invented a new trick."
    assert glued_headline(glued, documents)
    assert not glued_headline("Otters at Lakeside Park have invented a trick that other otters copy.", documents)
    # a name comes back capitalised in any sentence: only a word the documents also write in lower case counts
    assert not glued_headline("Smith said the council asked Smith to stay.", ["Smith resigned."])
    label = LedeLabel(0, "tune", "otters invented a trick", ((("otters?",), ("invent", "trick")),))
    assert states(label, glued)
    assert not states(label, glued, documents)  # stricter


def test_the_two_labelled_sets_load_with_their_splits() -> None:
    rows57 = {label.row for label in load(SETS["ledes57"])}
    rows58 = load(SETS["ledes58"])
    assert len(rows58) >= 12 and not rows57 & {label.row for label in rows58}
    assert {label.split for label in rows58} == {"tune", "kept"}
    assert all(0 <= label.row < 125 for label in rows58)  # ROUGE rows 0-124 only: rows 125-249 are held out
    row67 = next(label for label in load(SETS["ledes57"]) if label.row == 67)
    # stricter: the sentencing that led up to the news is not the judge's night in the cell
    assert not states(row67, "District Court Judge Lou Olivera sentenced a retired Green Beret to lock-up for a crime.")
    assert states(row67, "Judge Lou Olivera spent the night in a cell with the veteran he had sentenced.")
