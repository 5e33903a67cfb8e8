"""A study's method is no lede, its finding is (editor read, stop 35, Multi-News row 98: "For the study, researchers
looked at the effects of both THC and cannabidiol on rats' willingness ..." led the summary, the finding came
second)."""

from __future__ import annotations

from newsfuse.summarize.furniture import no_lead
from newsfuse.summarize.select import development


def test_a_method_sentence_cannot_open_a_story() -> None:
    for text in (
        "For the study, researchers looked at the effects of salt on the growth of beans in Keld.",
        "In the new study, the team measured how fast the beans grew in salty soil.",
        "Researchers trained 40 mice to press a lever for a sugar pellet.",
        "The researchers randomly assigned 200 volunteers to two diets.",
        "Scientists analysed data from 3,000 farms in the valley.",
    ):
        assert no_lead(text), text
    for text in (
        "Researchers found that salt slows the growth of beans by half.",
        "A new study by the University of Keld found that salt slows the growth of beans.",
        "Salt slows the growth of beans, according to University of Keld researchers.",
    ):
        assert not no_lead(text), text


def test_a_finding_credited_to_researchers_without_an_article_is_a_development() -> None:
    assert development("Salt slows the growth of beans, according to University of Keld researchers.")
    assert development("Salt slows the growth of beans, according to a new study by Keld scientists.")
    assert not development("Salt is a mineral made of sodium and chloride, according to the textbook.")
