"""A "that" clause of an adjective or a noun (``syntax_speech._that_complement``, stop 29): "were hopeful
that ...", "there is widespread agreement that ...", "her contention was that ..." — the clause is the
content; the one holding the state or claim (the copula's subject, the noun's possessor, the subject of a
verb voicing it) is the source, or no one when the text names no one. Invented sentences and names."""

from __future__ import annotations

import pytest

from newsfuse.nlp.syntax_speech import findings_in

CLAUSES = [
    (
        "Mara Lind has been acutely aware that the ferry timetable is a delegate battle.",
        "aware",
        "that the ferry timetable is a delegate battle",
        "Mara Lind",
    ),
    (
        "Ferry crews were hopeful that the strike would end soon.",
        "hopeful",
        "that the strike would end soon",
        "Ferry crews",
    ),
    (
        "There is widespread agreement that the pier needs new lights.",
        "agreement",
        "that the pier needs new lights",
        None,
    ),
    (
        "Tomas Reyes's contention was that the harbour board had ignored the vote.",
        "contention",
        "that the harbour board had ignored the vote",
        "Tomas Reyes's",
    ),
    (
        "The mayor voiced confidence that the bridge would reopen in May.",
        "confidence",
        "that the bridge would reopen in May",
        "The mayor",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "content", "speaker"), CLAUSES)
def test_a_that_clause_of_an_adjective_or_noun_is_read(
    models, sentence: str, cue: str, content: str, speaker: str | None
) -> None:
    doc = models.parse([sentence])[0]
    found = {
        sentence[slice(*f.cue)]: (sentence[slice(*f.content)], f.speaker and sentence[slice(*f.speaker)])
        for f in findings_in(doc)
    }
    assert found.get(cue) == (content, speaker)


def test_a_relative_clause_is_no_that_clause(models) -> None:
    sentence = "The plan that the council approved last week costs too much."
    doc = models.parse([sentence])[0]
    assert all(sentence[f.cue[0] : f.cue[1]] != "plan" for f in findings_in(doc))
