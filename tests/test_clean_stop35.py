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


def test_a_byline_with_a_date_stamp_is_a_credit_and_no_headline() -> None:
    from newsfuse.ingest.text_reader import split_title

    line = "By Staff Sgt. Jane Q. Roe, 9th Keld Air Wing Public Affairs / Published March 24, 2017"
    assert classify_line(line) == "credit"
    title, body = split_title(f"{line}\n\nKELD AIR BASE -- The harbour reopened on Monday after the storm.")
    assert title is None and line in body  # left in the body, where the cleaner removes it
    headline = "By the Numbers: How Keld Voted"
    assert split_title(f"{headline}\n\nThe count ended on Monday.")[0] == headline
    assert classify_line("By the way, the harbour was published in March 2 maps.") is None


def test_a_byline_with_the_writers_beat_is_a_credit() -> None:
    assert classify_line("By Jane Roe, Keld Gazette Home Affairs correspondent") == "credit"
    assert classify_line("By Jane Roe, staff writer") == "credit"
    assert classify_line("By Monday, the Keld reporter had filed three stories.") is None
    assert classify_line("By then, he was a reporter") is None
