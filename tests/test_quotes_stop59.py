"""Stop 59 (issue 13: the known classes left by stop 58 and the tune halves of the speaker sets): each test on
invented text. An embedded post whose closing quotation mark follows its sign-off ("“… Happy April Fools' Day! —
Burger Barn (@BurgerBarn) April 1, 2017”") is the account's, and the credit line is no part of its words (editor
read #32, Multi-News row 88: a tweet's sign-off printed inside its quote)."""

from __future__ import annotations

from tests.test_quotes_stop51 import _by_text, _name

from newsfuse.nlp.sign_off import ends_signed, sign_offs, without_sign_off


def test_a_sign_off_inside_the_closing_mark_is_found() -> None:
    text = "“We will not back down. Not now, not ever. — Tom Reyes (@SenReyes) March 3, 2017”"
    found = sign_offs(text)
    assert [m.group("name") for m in found] == ["Tom Reyes"]
    assert without_sign_off(text) == "“We will not back down. Not now, not ever.”"
    assert ends_signed('He wrote: "Not now. — Tom Reyes (@SenReyes) March 3, 2017"')


def test_a_sign_off_needs_its_handle_even_before_a_mark() -> None:
    """Guard: a dash and a name before the closing mark, with no handle in brackets, is no sign-off (the quote
    stage's dash-signature rules read it)."""
    assert sign_offs("“We will not back down — Tom Reyes, Keld”") == []


def test_a_post_quoted_with_its_sign_off_inside_the_marks_is_the_accounts(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "The chain joined in on the fun. “Introducing our new burger-scented candle. Happy April Fools' Day!"
            " pic.twitter.com/abc123 — Burger Barn (@BurgerBarn) April 1, 2017”",
            "Other brands followed suit.",
        ]
    )
    post = _by_text(found, "Introducing our new", "direct")
    assert _name(post) == "Burger Barn"
    assert post.text.rstrip(' ”"').endswith("Happy April Fools' Day!")


def test_a_senators_post_loses_its_credit_line(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Sen. Tom Reyes weighed in on Twitter: “We will not back down on this bill. Not now, not ever. — Tom"
            " Reyes (@SenReyes) March 3, 2017”"
        ]
    )
    post = _by_text(found, "We will not back down", "direct")
    assert _name(post) == "Tom Reyes"
    assert "@SenReyes" not in post.text and "March 3" not in post.text
