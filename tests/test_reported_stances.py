"""Stances named by a word and its preposition (``syntax_speech._stance_phrase``, stop 27): "voted for X",
"is critical of X", "a proponent of X", "his attacks on X" — the preposition's object is the content, the
one taking the stance its source. Invented sentences and names."""

from __future__ import annotations

import pytest

from newsfuse.nlp.syntax_speech import finding_features, findings_in

STANCES = [
    ("Mara Lind voted against the pier budget.", "voted", "the pier budget", "Mara Lind"),
    ("The ferry union is critical of the new timetable.", "critical", "the new timetable", "The ferry union"),
    (
        "Tomas Hale remains a proponent of longer harbour hours.",
        "proponent",
        "longer harbour hours",
        "Tomas Hale",
    ),
    ("Her attacks on the harbour board grew sharper.", "attacks", "the harbour board", "Her"),
    ("Most councillors voted in favor of the levy.", "favor", "the levy", "Most councillors"),
    ("The mayor lashed out at the ferry operators.", "lashed", "the ferry operators", "The mayor"),
]


@pytest.mark.parametrize(("sentence", "cue", "content", "speaker"), STANCES)
def test_a_stance_and_its_object_are_read(models, sentence: str, cue: str, content: str, speaker: str) -> None:
    doc = models.parse([sentence])[0]
    found = {
        sentence[slice(*f.cue)]: (sentence[slice(*f.content)], f.speaker and sentence[slice(*f.speaker)])
        for f in findings_in(doc)
    }
    assert found.get(cue) == (content, speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry crews walked to the old pier.",  # not a stance word
        "Mara Lind campaigned for a week.",  # a time, not what she campaigned for
        "The levy was voted for by the council.",  # passive: the subject takes no stance
    ],
)
def test_no_stance_without_its_word_an_object_or_an_active_verb(models, sentence: str) -> None:
    doc = models.parse([sentence])[0]
    assert all(sentence[f.cue[0] : f.cue[1]] not in ("walked", "campaigned", "voted") for f in findings_in(doc))


def test_the_preposition_before_the_content_is_a_feature(models) -> None:
    sentence = "Mara Lind voted against the pier budget."
    doc = models.parse([sentence])[0]
    finding = next(f for f in findings_in(doc) if sentence[f.cue[0] : f.cue[1]] == "voted")
    features = finding_features(doc, finding)
    assert "prep=against" in features
    assert "lemma_prep=vote|against" in features
