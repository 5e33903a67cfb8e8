"""A town is not the body named after it (editor read #34, BASIL 2014; fails on main `a40e7b55`)."""

from __future__ import annotations


def test_a_town_read_as_a_place_is_no_alias_of_the_body_named_after_it() -> None:
    from newsfuse.nlp.entities import _Groups, _merge_surnames

    def groups_with(town_votes: dict[str, int]) -> _Groups:
        groups = _Groups()
        for label, count in town_votes.items():
            for k in range(count):
                groups.add("keld", "Keld", label, f"S{k % 3 + 1}")
        groups.add("keld police", "Keld Police", "ORG", "S1")
        return groups

    # read as a place in 9 of 22 mentions (its datelines tipped the vote to ORG): a town, not the police's short name
    town = groups_with({"GPE": 9, "ORG": 11, "PERSON": 2})
    _merge_surnames(["keld", "keld police"], town)
    assert town.find("keld") != town.find("keld police")
    # a body's short name the tagger never reads as a place joins it ("Carnegie" → "Carnegie Endowment …")
    body = groups_with({"ORG": 5})
    _merge_surnames(["keld", "keld police"], body)
    assert body.find("keld") == body.find("keld police")
