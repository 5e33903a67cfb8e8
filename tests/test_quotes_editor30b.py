"""A wrong speaker an editor found on an unseen Multi-News row (stop 30, editor read of row 235), as a class with
invented sentences: a name inside the words of a quotation is no holder of the role its frame names
("“... by the nuclear bomb of Juche,” the committee said" then "..., the committee added": the committee, not
the ideology its statement invokes)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("invoked", ["Juche", "Kordav", "the Sea Guard Brigade", "Unity Front", "NATO"])
def test_a_name_inside_the_quotation_holds_no_role(attribute_parsed, invoked: str) -> None:
    found = attribute_parsed(
        [
            "The Northern Harbour Peace Committee, which oversees the republic's foreign relations, issued a "
            "statement on Tuesday.",
            f"“The three islands of the coast should be washed into the sea by the great fleet of {invoked},” the "
            f"committee said in a statement carried by the state radio. {invoked} is the creed of the founder.",
            "“The coast is no longer needed near us,” the committee added.",
        ]
    )
    added = [a for a in found if a.kind in ("direct", "partial") and "no longer needed" in a.text]
    assert added, [a.text for a in found]
    speaker = added[0].speaker
    assert speaker is None or speaker.name is None or invoked not in speaker.name


def test_he_added_after_an_unnamed_official_with_a_place(attribute_parsed) -> None:
    """'“...,” Yonhap quoted a unification ministry official in Seoul as saying. // “...,” he added.': "he" is the
    unnamed official, not the agency named in the paragraph before (row 235 printed "Unicef")."""
    found = attribute_parsed(
        [
            "Norvale will give $3.5m to Unicef and $4.5m to the World Food Programme, according to the Tarn news "
            "agency.",
            "“The government’s basic stance is that help should go on regardless of politics,” Tarn quoted a "
            "housing ministry official in Norvale as saying.",
            "“Norvale plans to decide the details of the aid and its timing later,” he added.",
        ]
    )
    added = [a for a in found if a.kind == "direct" and "decide the details" in a.text]
    assert added, [a.text for a in found]
    speaker = added[0].speaker
    assert speaker is None or speaker.name is None
