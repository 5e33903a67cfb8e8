"""Wrong speakers and false quotes an editor found on unseen Multi-News rows (stop 30, rows 213, 218, 220), each as
a class with invented sentences: a programme's title after a broadcaster's possessive taken for a quotation, a
thousands separator read as the comma closing an apposition, a possessor's role before a name whose tags the model
got wrong."""

from __future__ import annotations

from collections import Counter

from tests.test_quotes_parsing import _resolver_over

from newsfuse.nlp.entities import EntityCluster
from newsfuse.nlp.quotes import Attribution
from newsfuse.nlp.speakers import subject_before


def _speaker(found: list[Attribution], words: str) -> str | None:
    match = [a for a in found if a.kind in ("direct", "partial") and words in a.text]
    assert match, f"no quote containing {words!r} in {[a.text for a in found]}"
    speaker = match[0].speaker
    return speaker.name if speaker is not None else None


def test_a_programme_title_after_a_broadcasters_possessive_is_no_quote(attribute_parsed) -> None:
    """'“...,” he told KNN's “Evening Desk With Ann Polk.”': the network's programme, not words anyone said (row 218
    printed three programme titles as the speakers' quotes); the quotations around it stay the speaker's."""
    found = attribute_parsed(
        [
            '"It could be leaking slowly," Tom Rell told KNN\'s "Evening Desk With Ann Polk." "They call it a slick."',
            '"It is very quiet now," Rell told KNN\'s "State of the Nation with Ann Polk" on Sunday.',
            '"It moved," Rell told KNN\'s "Night Watch 360."',
        ]
    )
    quoted = [a.text for a in found if a.kind in ("direct", "partial")]
    assert not any("Ann Polk" in q or "Night Watch" in q for q in quoted), quoted
    assert _speaker(found, "leaking slowly") == "Tom Rell"
    assert _speaker(found, "call it a slick") == "Tom Rell"
    assert _speaker(found, "very quiet now") == "Tom Rell"


def test_words_told_to_a_person_in_marks_are_still_a_quote(attribute_parsed) -> None:
    """Only a broadcaster's possessive before title-cased words names a programme: 'Ann Lee told her sister's
    friend, “We Will Win”' is not one of them (no possessive right before the marks)."""
    found = attribute_parsed(['Ann Lee told the crowd, "We Will Win This Fight."'])
    assert _speaker(found, "We Will Win") == "Ann Lee"


def test_a_thousands_separator_closes_no_apposition() -> None:
    """'Lena Marsh, the chief executive of Harbor Foods, which employs about 9,000 people at Benny's Diner, has
    said': the comma in "9,000" is part of the number, so the subject is not "000 people at Benny's Diner" (row 220
    printed "Carl" of a restaurant chain for the executive)."""
    text = "Lena Marsh, the chief executive of Harbor Foods, which employs about 9,000 people at Benny's, has said"
    found = subject_before(text, text.index("has said"), 0)
    assert found is None or "000" not in text[found[0] : found[1]]


def test_a_partial_quote_after_an_apposition_with_a_number(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Lena Marsh, the chief executive of Harbor Foods Inc., which employs about 9,000 people at Benny's Diner "
            'and Rollo\'s restaurants, has said that the "current climate explains why firms are holding cash."'
        ]
    )
    assert _speaker(found, "current climate") == "Lena Marsh"


def test_the_name_after_a_possessors_role_heads_the_phrase() -> None:
    """ "Brightwater's ace bassist Tomas Vell told The Herald": Vell, even when the tagger typed the band a person and
    Vell an organisation (row 213 printed the band "Wilco" for its guitarist)."""
    text = "When Brightwater's ace bassist Tomas Vell told The Herald that the drummer was a star, he was joking."
    clusters = [
        EntityCluster("Brightwater", "PERSON", Counter({"Brightwater": 1})),
        EntityCluster("Tomas Vell", "ORG", Counter({"Tomas Vell": 1})),
    ]
    resolver = _resolver_over(text, clusters, [("Brightwater", "PERSON"), ("Tomas Vell", "ORG")])
    start = text.index("Brightwater")
    assert resolver.resolve(text, start, text.index(" told")).name == "Tomas Vell"


def test_a_name_after_a_preposition_is_no_head() -> None:
    """ "Lee's attack on Tom Keller drew ...": the words before the name hold a preposition, so Keller is no head."""
    text = "Ann Lee's attack on Tom Keller said it all."
    clusters = [
        EntityCluster("Ann Lee", "PERSON", Counter({"Ann Lee": 1})),
        EntityCluster("Tom Keller", "PERSON", Counter({"Tom Keller": 1})),
    ]
    resolver = _resolver_over(text, clusters, [("Ann Lee", "PERSON"), ("Tom Keller", "PERSON")])
    assert resolver.resolve(text, 0, text.index(" said")).name != "Tom Keller"
