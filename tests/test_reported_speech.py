"""Reported speech read from the parse (``nlp.syntax_speech``), stop 22: a second speech act after the
content, a subject the parser hung elsewhere, a pronoun object with what it is called. Invented
sentences and names."""

from __future__ import annotations

import pytest

from newsfuse.nlp.entities import build_entities
from newsfuse.nlp.quotes import Attribution, find_attributions
from newsfuse.records import Article


@pytest.fixture(scope="module")
def reported(models):
    from newsfuse.nlp.analyse import analyse

    def run(paragraph: str) -> list[Attribution]:
        article = Article("S1", "S1.txt", None, None, None, None, [paragraph])
        story = analyse([article], models, embed=False)
        found = find_attributions(article, story.sentences, build_entities(story), models.parse)
        return [a for a in found if a.kind == "reported"]

    return run


def _by_text(found: list[Attribution]) -> dict[str, str | None]:
    return {a.text: a.speaker.name if a.speaker else None for a in found}


@pytest.mark.parametrize(
    ("paragraph", "first", "second"),
    [
        (
            "Mara Lind said she regretted the delay and promised to reopen the pier in May.",
            "she regretted the delay",
            "to reopen the pier in May",
        ),
        (
            "Olek Danner said the ferry crews had done a fine job and insisted that the council pay them more.",
            "the ferry crews had done a fine job",
            "that the council pay them more",
        ),
    ],
)
def test_a_second_speech_act_ends_the_content_and_keeps_the_speaker(
    reported, paragraph: str, first: str, second: str
) -> None:
    found = _by_text(reported(paragraph))
    speaker = paragraph.split(" said")[0]
    assert found.get(first) == speaker, found
    assert found.get(second) == speaker, found  # not "she", not "the ferry crews"


def test_a_subject_the_parser_hung_on_a_place_still_speaks(reported) -> None:
    paragraph = "At Port Vell, where ferries dock, Olek Danner, the harbour master, suggested that the pier is safe."
    found = _by_text(reported(paragraph))
    assert found.get("that the pier is safe") == "Olek Danner", found


def test_what_someone_is_called_is_the_content_with_a_pronoun_object(reported) -> None:
    found = _by_text(reported("Mara Lind called them extremists."))
    assert found.get("them extremists") == "Mara Lind", found
    found = _by_text(reported("Mara Lind told them the pier was closed."))
    assert "them" not in " ".join(found), found  # the addressee of "told" is never the content


def test_an_object_keeps_the_phrase_the_parser_hung_on_the_verb(reported) -> None:
    found = _by_text(reported("Mara Lind expressed her support to the striking ferry crews."))
    assert found.get("her support to the striking ferry crews") == "Mara Lind", found


def test_a_fronted_poll_is_the_source_of_its_finding(reported) -> None:
    found = _by_text(reported("In a Harbour Gazette poll, Mara Lind had a 10-point lead."))
    assert "Mara Lind had a 10-point lead" in found, found
    found = _by_text(reported("In the harbour, Mara Lind had a boat."))
    assert not found, found  # a place, not a poll


def test_who_issued_the_statement_speaks_through_it(reported) -> None:
    found = _by_text(reported("Mara Lind issued a statement saying the pier would reopen."))
    assert found.get("the pier would reopen") == "Mara Lind", found
