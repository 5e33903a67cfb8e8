"""A name in the possessive is not who "he" continues when another person is the sentence's subject
(editor read a27, Multi-News row 184 credited an expert's words to the strongman he spoke about)."""

from __future__ import annotations

from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import RawDocument

TEXT = (
    "Most reports about the blasts in Keld focus on the rebel leader Ivo Brandt as the main threat.\n\n"
    "But Tomas Varga, a professor of politics at the University of Norvane, suggests that members of "
    "governor Piet Lunde's retinue may have an interest in more attacks.\n\n"
    '"These attacks were well planned and well organised," he says. "Some officials make money from '
    'security contracts at the airports, and there is a lot of money in it."'
)


def test_a_he_after_a_possessive_name_is_the_sentences_subject(models) -> None:
    brief = brief_from_documents([RawDocument("a.txt", TEXT)], Options(), models)
    speakers = {q.text: q.speaker for q in brief.quotes}
    quote = next(text for text in speakers if text.startswith("These attacks were well planned"))
    assert speakers[quote] == "Tomas Varga"
