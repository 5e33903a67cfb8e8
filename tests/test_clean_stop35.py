"""A share bar glued to the photo caption after it is no article text (editor read, stop 35, Multi-News row 98:
"Facebook Twitter Pinterest <caption>" was listed as a fact)."""

from __future__ import annotations

from newsfuse.clean.rules import classify_line


def test_a_share_bar_and_its_caption_are_boilerplate() -> None:
    assert classify_line("Facebook Twitter Pinterest Keld researchers test salt on beans") == "boilerplate"
    assert classify_line("Email Facebook Twitter Keld harbour reopens after the storm") == "boilerplate"


def test_sentences_naming_the_networks_stay() -> None:
    for line in (
        "Facebook Twitter and Pinterest said on Monday they would remove the posts.",
        "Facebook, Twitter, Pinterest and Reddit all removed the video within a day.",
    ):
        assert classify_line(line) is None, line


def test_a_pagers_label_is_boilerplate() -> None:
    for line in ("no previous page", "Next page »", "Previous page"):
        assert classify_line(line) == "boilerplate", line
    assert classify_line("The next page of the report lists every school in Keld.") is None
