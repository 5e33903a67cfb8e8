"""Reported speech read from the parse (``nlp.syntax_speech``), stop 23: views with an "as" phrase
("see X as Y", "is seen as"), impressions ("seemed to", "appears"), questions ("asked X if ...",
"was asked about ..."); stop 25: partial quotations in a complement, "about" phrases of nominal cues.
Invented sentences and names."""

from __future__ import annotations

import pytest

from newsfuse.nlp.entities import build_entities
from newsfuse.nlp.quotes import find_attributions
from newsfuse.nlp.syntax_speech import findings_in
from newsfuse.records import Article


@pytest.fixture(scope="module")
def pieces(models):
    """Each reported finding of a paragraph as (its pieces of content, its speaker as written or None)."""
    from newsfuse.nlp.analyse import analyse

    def run(paragraph: str) -> dict[tuple[str, ...], str | None]:
        article = Article("S1", "S1.txt", None, None, None, None, [paragraph])
        story = analyse([article], models, embed=False)
        found = find_attributions(article, story.sentences, build_entities(story), models.parse)
        text = "\n\n".join(article.paragraphs)
        return {
            tuple(text[a:b] for a, b in r.spans): (r.speaker.text if r.speaker else None)
            for r in found
            if r.kind == "reported"
        }

    return run


# (sentence, its content span, who says it): the rules that read a reported act from the parse
CONTENT_AND_SPEAKER = [
    # a view is the object with its "as" phrase
    (
        "Harbour pilots see the new pier as a danger to small boats.",
        "the new pier as a danger to small boats",
        "Harbour pilots",
    ),
    (
        "Mara Lind described herself as a friend of the ferry crews.",
        "herself as a friend of the ferry crews",
        "Mara Lind",
    ),
    # a question is the content
    ("Mara Lind asked the harbour master if the pier would reopen.", "if the pier would reopen", "Mara Lind"),
    # what is called for runs on after the preposition
    (
        "Mara Lind called on the harbour master to resign over the flooding of the pier.",
        "the harbour master to resign over the flooding of the pier",
        "Mara Lind",
    ),
    # ... and the second act is not what was called for
    (
        "Mara Lind called for the closing of the pier and said, “The crews deserve better.”",
        "the closing of the pier",
        "Mara Lind",
    ),
    # what someone is called in quotation marks comes with who is called it
    (
        "Olek Danner called the new ferry timetable a “slap in the face” and said the crews would strike.",
        "the new ferry timetable a “slap in the face”",
        "Olek Danner",
    ),
    # "calling for X to Y" read as a clause marked by "for" (stop 24)
    (
        "Mara Lind is calling for the harbour board to reopen the pier.",
        "the harbour board to reopen the pier",
        "Mara Lind",
    ),
    # a gerund after a preposition, a perfect participle and a purpose clause are the main subject's acts
    (
        "Olek Danner closed the meeting by criticizing the new ferry timetable.",
        "the new ferry timetable",
        "Olek Danner",
    ),
    (
        "Having announced that the pier would stay shut, Mara Lind left the hall.",
        "that the pier would stay shut",
        "Mara Lind",
    ),
    ("Olek Danner went on the radio to criticize the new ferry timetable.", "the new ferry timetable", "Olek Danner"),
    # a side taken is the object, even a pronoun, and not when it was taken
    ("Olek Danner endorsed her.", "her", "Olek Danner"),
    ("The ferry crews endorsed Mara Lind in late May.", "Mara Lind", "The ferry crews"),
]


@pytest.mark.parametrize("sentence, content, speaker", CONTENT_AND_SPEAKER)
def test_reported_content_and_its_speaker(pieces, sentence: str, content: str, speaker: str) -> None:
    found = pieces(sentence)
    assert found.get((content,)) == speaker, found


def test_a_passive_view_has_what_is_judged_and_the_judgement_and_no_source(pieces) -> None:
    found = pieces("Olek Danner is widely seen as the likely harbour master.")
    assert ("Olek Danner", "the likely harbour master") in found, found
    assert found[("Olek Danner", "the likely harbour master")] is None
    assert not pieces("Olek Danner saw the ferry from the pier."), "seeing a thing is not a view"


def test_an_impression_has_its_subject_and_complement_and_no_source(pieces) -> None:
    found = pieces("The harbour council seemed to welcome the new ferry timetable.")
    assert found.get(("The harbour council", "to welcome the new ferry timetable")) is None, found
    assert ("The harbour council", "to welcome the new ferry timetable") in found, found
    found = pieces("It appears that the ferry crews will strike again.")
    assert ("that the ferry crews will strike again",) in found, found
    assert not pieces("Mara Lind appeared on Harbour Radio on Monday."), "an appearance, not an impression"


def test_a_question_the_one_asked_never_speaks(pieces) -> None:
    found = pieces("At a meeting on Monday, Olek Danner was asked about the closing of the pier.")
    assert found.get(("the closing of the pier",), "missing") is None, found


def test_a_finding_runs_on_with_what_the_parser_hangs_on_its_verb(pieces) -> None:
    found = pieces("A Harbour Gazette poll shows Mara Lind within two points of Olek Danner.")
    assert ("Mara Lind within two points of Olek Danner",) in found, found


def test_an_impression_read_through_a_participle_and_a_coordinated_verb(pieces) -> None:
    found = pieces("Mara Lind held a sizable lead and appeared poised to win the harbour seat.")
    assert ("Mara Lind", "poised to win the harbour seat") in found, found


# stop 25: a cue verb's complement that holds a partial quotation; a nominal cue with an "about" phrase
def test_a_complement_holding_a_partial_quotation_is_the_content(pieces) -> None:
    found = pieces("Olek Danner told the crews to stop “playing games with the ferry.”")
    assert found.get(("the crews to stop “playing games with the ferry.”",)) == "Olek Danner", found
    assert ("playing games with the ferry.",) not in found, "the quoted words alone are not what was reported"


def test_a_quotation_that_is_the_whole_complement_is_left_to_the_quote_stage(pieces) -> None:
    found = pieces("Mara Lind said, “The pier will reopen in spring.”")
    assert all("Mara Lind said" not in piece for pieces in found for piece in pieces), found
    assert not any(pieces[0].startswith("“") for pieces in found), found


def test_a_place_or_time_phrase_with_a_quoted_title_is_not_content(pieces) -> None:
    found = pieces("Mara Lind wrote in “Harbour Notes” last week.")
    assert not any("Harbour Notes" in piece for pieces in found for piece in pieces), found


def test_a_nominal_cue_with_an_about_phrase(pieces, models) -> None:
    sentence = "Mara Lind repeated her concerns about the new ferry timetable."
    doc = models.parse([sentence])[0]
    read = {(sentence[slice(*f.content)], sentence[slice(*f.speaker)] if f.speaker else None) for f in findings_in(doc)}
    assert ("the new ferry timetable", "her") in read, read
    # stop 28: the stage reports the outer reading it lies inside (reported_in leaves nested findings out)
    assert pieces(sentence) == {("her concerns about the new ferry timetable",): "Mara Lind"}
    found = pieces("The ferry crews voiced complaints about the cost of the pier.")
    assert found.get(("the cost of the pier",)) == "The ferry crews", found
    found = pieces("The plan drew questions about the cost of the pier.")
    assert found.get(("the cost of the pier",)) is None, "the one questioned does not ask"
    found = pieces("The harbour board ignored complaints about the timetable.")
    assert found.get(("the timetable",)) is None, "the one who ignores does not complain"


def test_a_nominal_cue_with_another_preposition_is_not_read(pieces) -> None:
    found = pieces("Mara Lind won the support of the ferry crews.")
    assert not found, found


def test_the_relative_object_of_a_cue_and_what_is_said_of_it(pieces) -> None:
    found = pieces("Mara Lind praised the old pier, which she describes as the heart of the harbour.")
    assert found.get(("which", "as the heart of the harbour")) == "she", found
    found = pieces("The harbour board ignored the report, which Olek Danner has denied.")
    assert ("which",) not in found, "a bare pronoun is not read"


def test_find_reports_only_an_inquiry_or_a_clause(pieces) -> None:
    assert not pieces("Mara Lind could not find a way to reopen the pier."), "finding a way is no report"
    found = pieces("A harbour survey found the pier unsafe for large ferries.")
    assert found.get(("the pier unsafe for large ferries",)) == "A harbour survey", found


def test_speaking_on_a_programme_is_not_what_was_said(pieces) -> None:
    found = pieces("Olek Danner, speaking on Harbour Radio, said the pier would reopen.")
    assert not any("Harbour Radio" in piece for found_pieces in found for piece in found_pieces), found
    found = pieces("Mara Lind spoke about the flooding of the pier.")
    assert ("about the flooding of the pier",) in found, found


def test_a_bare_object_of_favor_or_expect_is_no_content(pieces) -> None:
    assert not pieces("Most harbour voters favored Mara Lind."), "a preference in a poll is not a report"
    assert not pieces("The ferry company expects a record crowd."), "an object expected is not a report"
    found = pieces("Olek Danner expects the pier to reopen in spring.")
    assert any("the pier to reopen" in piece for found_pieces in found for piece in found_pieces), found
