"""Stop 60 (issue 13: the tune halves' misses, the wrong person first), each on invented text. A child named so ("the
boy, Tobi Okafor", "his four-year-old brother Tobi Okafor") is never the one a bare family name continues beside an
adult of the family (gold multinews-240 gave the 20-year-old's words to the four-year-old brother he killed); a cue
after the marks stays the frame across a relative clause on its subject (mn60 tune, row 85: unattributed); a
sentence's linking word before an inverted cue is no subject ("And, said Malkan, “…”" printed "And"); a bare family
name keeps the family member it already named as a speaker until a relative is quoted or opens a sentence (mn59's
kept half gave Donald Trump's post to his wife)."""

from __future__ import annotations

from tests.test_quotes_stop51 import _by_text, _name

from newsfuse.nlp.entities import named_as_a_child


def test_a_child_named_by_a_noun_or_a_spelled_age() -> None:
    for text in (
        "calls to the home of the boy, Tobi Okafor.",
        "found the little girl, Tobi Okafor, in the yard",
        "threw his four-year-old brother Tobi Okafor from",
        "said 18-month-old Tobi Okafor was",
    ):
        at = text.index("Tobi Okafor")
        assert named_as_a_child(text, at, at + len("Tobi Okafor")), text
    for text in ("said Beach Boy Tobi Okafor", "his twenty-year-old brother Tobi Okafor", "the man, Tobi Okafor,"):
        at = text.index("Tobi Okafor")
        assert not named_as_a_child(text, at, at + len("Tobi Okafor")), text


def test_a_family_name_continues_the_adult_not_the_boy_named_last(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "A 3-year-old boy died after falling from a roof in Keld on Sunday, and his 22-year-old brother was"
            " charged, police said.",
            "The brother, identified by police as Darnell K. Okafor, was charged with murder.",
            "Police said there had been no earlier calls to the home of the boy, Tobi Okafor.",
            "Okafor walked up to two officers, who said he told them: “My brother may be hurt.”",
            "“I took him up there,” Okafor said.",
        ]
    )
    assert _name(_by_text(found, "My brother may be hurt", "direct")) == "Darnell K. Okafor"
    assert _name(_by_text(found, "I took him up there", "direct")) == "Darnell K. Okafor"


def test_a_family_name_is_not_the_child_the_article_names_first(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "A man threw his four-year-old brother Tobi Okafor from a roof, police said.",
            "Darnell Okafor, 22, was charged with murder on Sunday.",
            "Police found four-year-old Tobi Okafor in the courtyard.",
            "“I just hurt my brother,” Okafor told officers.",
        ]
    )
    assert _name(_by_text(found, "I just hurt my brother", "direct")) == "Darnell Okafor"


def test_a_family_name_still_goes_to_the_one_adult_named_first(attribute_parsed) -> None:
    """Guard: with no child named, the article's first full name of the family keeps the bare name."""
    found = attribute_parsed(
        [
            "Marta Okafor, 51, runs the bakery with her husband, Jon Okafor, 53.",
            "“We bake every night,” Okafor said.",
        ]
    )
    assert _name(_by_text(found, "We bake every night", "direct")) == "Marta Okafor"


def test_a_relative_clause_on_the_subject_after_the_marks(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "The vote went against the tax. “We told voters from day one to read the fine print on Measure 12,”"
            " Dana Kirsch with the No on 12 committee, which did not hold a public party, told us late on Tuesday"
            " when the count came in.",
        ]
    )
    assert _name(_by_text(found, "We told voters from day one", "direct")) == "Dana Kirsch"


def test_a_linking_word_before_an_inverted_cue_is_no_subject(attribute_parsed) -> None:
    found = attribute_parsed(
        [
            "Lena Ruiz, an organizer, said the campaign was outspent.",
            "Supporters were unbowed. And, said Ruiz, “Famous people were calling us all night, asking how to help.”",
        ]
    )
    assert _name(_by_text(found, "Famous people were calling us", "direct")) == "Lena Ruiz"


def test_a_relative_spoken_of_does_not_take_the_family_name_over(attribute_parsed) -> None:
    """mn59's kept half (read by stop 59's helper) gave a man's post, "Trump said on the social media site", to his
    wife, named in full in between only as the one a photo showed: the bare name keeps the family member it already
    named as a speaker in the article."""
    found = attribute_parsed(
        [
            "Tom Reyes attacked his rival on Tuesday. “He is a liar and everyone knows it,” Reyes said at a rally.",
            "The rival's allies had paid for an online ad that showed a photo of Ann Reyes, a former model.",
            "“Be careful, or I will tell everyone about your wife!” Reyes said on the social media site.",
        ]
    )
    assert _name(_by_text(found, "Be careful, or I will tell", "direct")) == "Tom Reyes"


def test_a_relative_quoted_since_takes_the_family_name(attribute_parsed) -> None:
    """Guard: a relative named since as a speaker ("said Ann Reyes, his wife") is the one the bare name goes on
    with."""
    found = attribute_parsed(
        [
            "Tom Reyes attacked his rival on Tuesday. “He is a liar and everyone knows it,” Reyes said at a rally.",
            "“I am proud of him,” said Ann Reyes, his wife. “We will win this in November,” Reyes added.",
        ]
    )
    assert _name(_by_text(found, "We will win this in November", "direct")) == "Ann Reyes"


def test_a_relative_who_opens_a_sentence_since_takes_the_family_name(attribute_parsed) -> None:
    """Guard: a relative named since as a sentence's subject ("Former Governor Tom Reyes greeted voters …") is the
    one the bare name goes on with (PolNeAR train: Bill Clinton's words at a polling place, after Hillary's)."""
    found = attribute_parsed(
        [
            "Ann Reyes thanked voters in Keld on Tuesday. “We did it together,” Reyes said.",
            "Former Governor Tom Reyes greeted voters inside a polling place. At one point a woman asked for a photo"
            " and Reyes said, “as long as we are not breaking any rules.”",
        ]
    )
    assert _name(_by_text(found, "as long as we are not breaking", "direct")) == "Tom Reyes"
