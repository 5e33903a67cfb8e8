"""Stop 59 (issue 13: the known classes left by stop 58 and the tune halves of the speaker sets): each test on
invented text. An embedded post whose closing quotation mark follows its sign-off ("“… Happy April Fools' Day! —
Burger Barn (@BurgerBarn) April 1, 2017”") is the account's, and the credit line is no part of its words (editor
read #32, Multi-News row 88: a tweet's sign-off printed inside its quote)."""

from __future__ import annotations

from tests.test_quotes_stop51 import _by_text, _name

from newsfuse.nlp.quote_merge import merge_quotes
from newsfuse.nlp.quotes import Attribution
from newsfuse.nlp.sign_off import ends_signed, sign_offs, without_sign_off
from newsfuse.nlp.speakers import Speaker


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


def test_a_disclaimers_words_are_not_the_lawyers_who_points_to_it(attribute_parsed) -> None:
    """ "The network's lawyer, Ann Brink, pointed to the disclaimer: “…”": the words are the disclaimer's, not
    Brink's (mn58's kept half gave a disclaimer's words to the lawyer quoting it); so a label's cited words and a
    disclaimer set beside its noun by a comma or "reading"."""
    found = attribute_parsed(
        [
            "The network's lawyer, Ann Brink, pointed to the disclaimer: “This program contains dramatizations of"
            " some events.”",
            "Brink noted that each episode opened with a disclaimer reading, “The views expressed are those of the"
            " participants.”",
            "Tom Wood cited the warning label on the box: “Not intended for children under three.”",
        ]
    )
    assert _name(_by_text(found, "This program contains", "direct")) is None
    assert _name(_by_text(found, "The views expressed")) is None
    assert _name(_by_text(found, "Not intended for children")) is None


def test_a_warning_or_a_statement_of_ones_own_stays_ones_own(attribute_parsed) -> None:
    """Guard: "a warning" and "a statement" may be the subject's own words ("Ann Brink issued a warning: “…”"), and
    a disclaimer the subject says in her own frame ("“…,” Brink said of the disclaimer") stays hers."""
    found = attribute_parsed(
        [
            "Ann Brink issued a warning: “Anyone who copies this program will be sued.”",
            "“Nobody reads those words,” Brink said of the disclaimer.",
        ]
    )
    assert _name(_by_text(found, "Anyone who copies", "direct")) == "Ann Brink"
    assert _name(_by_text(found, "Nobody reads those", "direct")) == "Ann Brink"


def _quote(article: str, text: str, speaker: str | None) -> Attribution:
    said = Speaker(speaker, 0, 1, speaker) if speaker else None
    return Attribution(article, "direct", text, [(0, len(text))], speaker=said)


def test_an_outlets_unframed_words_that_another_gives_to_a_spokesman_are_his() -> None:
    """One outlet prints a spokesman's words unframed (two sentences), another frames the first of them among
    others: one whole sentence of seven words or more word for word is one remark, the named man's (BASIL
    6b541575 printed the first unattributed)."""
    unframed = _quote(
        "S1",
        "His conduct is unbecoming of a member of the state senate. His attack on a student goes beyond the pale.",
        None,
    )
    framed = _quote(
        "S2", "Tom Brink has lost it. His conduct is unbecoming of a member of the state senate.", "Ann Lee"
    )
    quotes = merge_quotes([unframed, framed], None)
    assert [(q.speaker, sorted([*q.sources, *(s for v in q.variants for s in v.sources)])) for q in quotes] == [
        ("Ann Lee", ["S1", "S2"])
    ]


def test_a_short_shared_sentence_or_two_speakers_stay_apart() -> None:
    """Guard: a shared sentence of fewer than seven words ("We will not back down.") joins nothing, nor does a
    shared sentence of two named speakers."""
    short = merge_quotes(
        [
            _quote("S1", "We will not back down. Not ever.", None),
            _quote("S2", "We will not back down. The vote is Monday and we will win it.", "Ann Lee"),
        ],
        None,
    )
    assert len(short) == 2
    named = [
        _quote("S1", "His conduct is unbecoming of a member of the state senate.", "Tom Brink"),
        _quote("S2", "Sad. His conduct is unbecoming of a member of the state senate, and I said so.", "Ann Lee"),
    ]
    assert len(merge_quotes(named, None)) == 2


def test_everything_is_no_speaker(attribute_parsed) -> None:
    """ "Everything from Patsy Ramsey referring to herself as “the mother” to her handwriting was …": the subject
    the parse gives "referring" is "Everything", no one (mn58's kept half printed it as a speaker)."""
    found = attribute_parsed(
        [
            "Tom Wood said the series twisted every detail. Everything from Ann Brink referring to herself as “the"
            " grieving mother” to her handwriting was presented as a sign of guilt."
        ]
    )
    assert "Everything" not in {_name(a) for a in found}
    assert _name(_by_text(found, "the grieving mother")) is None


def test_reported_content_ends_before_a_relative_clause_led_by_its_preposition(attribute_parsed) -> None:
    """ "Ann Brink criticized billionaire Tom Reyes, with whom she clashed at Saturday's debate …": the content is
    the critic's object, the relative clause the writer's (PolNeAR train); so a writer's contrast after ", while"
    with a subject of its own."""
    found = attribute_parsed(
        [
            "Ann Brink said she would not endorse billionaire Tom Reyes, with whom she clashed at Saturday's debate"
            " over the issue of eminent domain.",
            "Most voters said they prefer a candidate who is an outsider, while about 4 in 10 want one with political"
            " experience.",
        ]
    )
    reported = [a.text for a in found if a.kind == "reported"]
    assert any(t.rstrip(" .,").endswith("billionaire Tom Reyes") for t in reported)
    assert any(t.rstrip(" .,").endswith("a candidate who is an outsider") for t in reported)
